/**
 * The search index cut by year, so that a first search loads the newest year's index only and a new
 * issue re-indexes its own year only.
 *
 * Each built page goes in the slice of its issue's year (`year` in its search record); the newest
 * year's slice also takes the pages that have no year (unit pages) and is the `current` block,
 * written as Pagefind's own bundle at pagefind/; every earlier year is a block of its own at
 * pagefind/archive/<year>/. A slice is keyed by a hash of its pages' HTML and of the search build's
 * code: a slice whose key is in the cache (a closed year, unchanged) is copied, not re-indexed.
 */
import { createHash, type Hash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { CURRENT_BLOCK, type SearchRecord } from '../record.ts';

/** One block of the index: its pages (absolute paths) and what keys its cache entry. */
export interface Slice {
  /** 'current' or the year, as the page's `block` filter says */
  block: string;
  year: number | null;
  files: string[];
  /** hex digest of the slice's pages and the search build's code */
  key: string;
}

const DATA_SEARCH = /data-search="([^"]*)"/;
const entities: Record<string, string> = { '&quot;': '"', '&amp;': '&', '&lt;': '<', '&gt;': '>', '&#39;': "'", '&#x27;': "'" };

/** The year of a built page's search record, read without parsing the page (null: no year, or not indexed). */
export function pageYear(html: string): number | null {
  const attr = DATA_SEARCH.exec(html)?.[1];
  if (!attr) return null;
  const record = JSON.parse(attr.replace(/&(quot|amp|lt|gt|#39|#x27);/g, (e) => entities[e]!)) as SearchRecord;
  return record.year ?? null;
}

/**
 * The element of a built page that is indexed (the one with data-pagefind-body, up to its closing
 * tag), found by scanning the HTML, not parsing it; the whole page when none is. Only this keys a
 * block: what stands around it (related items, navigation) changes as other issues are added.
 */
export function indexedPart(html: string): string {
  const at = html.indexOf(' data-pagefind-body');
  const start = html.lastIndexOf('<', at);
  const tag = /^<([a-z0-9]+)/i.exec(html.slice(start))?.[1];
  if (at < 0 || !tag) return html;
  const re = new RegExp(`<(/?)${tag}\\b`, 'gi');
  re.lastIndex = start + 1;
  let depth = 1;
  for (let m = re.exec(html); m; m = re.exec(html)) {
    depth += m[1] ? -1 : 1;
    if (!depth) return html.slice(start, html.indexOf('>', m.index) + 1);
  }
  return html.slice(start);
}

/**
 * The asset names Astro hashes (/_assets/site.B1x2.css) change with any style or script edit and
 * say nothing about what is indexed: left out of the key, so such an edit re-indexes nothing.
 */
const ASSET = /\/_assets\/[^"'\s)]+/g;

/** Hash of the code that turns pages into an index: a change to it invalidates every cached slice. */
export function codeHash(searchDir: string, pagefindVersion: string): string {
  const h = createHash('sha256').update(pagefindVersion);
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) {
        if (e.name !== 'client') walk(p);
      } else if (e.name.endsWith('.ts')) h.update(e.name).update(readFileSync(p));
    }
  };
  walk(searchDir);
  return h.digest('hex');
}

/**
 * The slices of `files` (built pages, in index order), newest year first. Reads each page once,
 * keeping only its path and a running hash per year: memory does not grow with the pages' text.
 */
export function slices(root: string, files: string[], code: string): Slice[] {
  const byYear = new Map<number | null, { files: string[]; hash: Hash }>();
  for (const file of files) {
    const html = readFileSync(file, 'utf8');
    const year = pageYear(html);
    let s = byYear.get(year);
    if (!s) byYear.set(year, (s = { files: [], hash: createHash('sha256') }));
    s.files.push(file);
    s.hash.update(path.relative(root, file)).update('\0').update(indexedPart(html).replace(ASSET, '')).update('\0');
  }
  const years = [...byYear.keys()].filter((y): y is number => y !== null).sort((a, b) => b - a);
  const newest = years[0] ?? null;
  const yearless = byYear.get(null);
  const out: Slice[] = [];
  for (const year of years.length ? years : [null]) {
    const own = byYear.get(year);
    const current = year === newest;
    const parts = [own, ...(current && year !== null ? [yearless] : [])].filter((p) => p !== undefined);
    const key = createHash('sha256')
      .update(code)
      .update(current ? CURRENT_BLOCK : String(year));
    for (const p of parts) key.update(p.hash.digest('hex'));
    out.push({
      block: current ? CURRENT_BLOCK : String(year),
      year,
      files: parts.flatMap((p) => p.files),
      key: key.digest('hex').slice(0, 32),
    });
  }
  return out;
}
