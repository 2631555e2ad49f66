/**
 * What the search index is built from, so that a new issue is indexed on its own.
 *
 * A part is the indexed pages of one issue (its documents and items), or those of no issue (unit
 * pages): Pagefind indexes a part once, keyed by a hash of its pages' indexed HTML and of the search
 * build's code, and a part whose key is in the cache is reused. The pages that are not indexed are
 * only read for the 简/繁 dictionaries, in text groups by the year their URL names (so that a
 * closed year's pages are not read again), each keyed by its pages' whole HTML. A block is what the browser loads: one year's parts merged
 * (merge.ts), the newest year's with the pages of no issue, which is the `current` block written as
 * Pagefind's own bundle at pagefind/; every earlier year is a block at pagefind/archive/<year>/.
 * Adding an issue indexes that issue's part and the part of no issue, and merges its year's block.
 */
import { createHash, type Hash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { CURRENT_BLOCK, type SearchRecord } from '../record.ts';

/** The pages of one issue, or of none, indexed together. */
export interface Part {
  /** the issue's id (2023-02), or `NO_ISSUE` */
  name: string;
  year: number | null;
  /** absolute paths, in index order */
  files: string[];
  /** hex digest of the part's pages and the search build's code */
  key: string;
}

/** One index the browser loads: a year's parts, merged. */
export interface Block {
  /** 'current' or the year, as the page's `block` filter says */
  block: string;
  year: number | null;
  parts: Part[];
  /** hex digest of its parts' keys and its name */
  key: string;
}

/** Pages that are not indexed, read for their text only: those whose URL names one year, or none. */
export interface TextGroup {
  /** the year the URL names, or `NO_ISSUE` */
  name: string;
  files: string[];
  /** hex digest of the pages' HTML and the search build's code */
  key: string;
}

/** The part of the pages that belong to no issue. */
export const NO_ISSUE = 'no-issue';

/** A URL path segment naming a year or an issue (/issues/2023-02/, /units/finance/2022/): the page's text group. */
const YEAR_SEGMENT = /[\\/](\d{4})(?:-\d{2})?[\\/]/;

const DATA_SEARCH = /data-search="([^"]*)"/;
const entities: Record<string, string> = { '&quot;': '"', '&amp;': '&', '&lt;': '<', '&gt;': '>', '&#39;': "'", '&#x27;': "'" };

/** A built page's search record, read without parsing the page (null: the page is not indexed). */
export function pageRecord(html: string): SearchRecord | null {
  const attr = DATA_SEARCH.exec(html)?.[1];
  if (!attr) return null;
  return JSON.parse(attr.replace(/&(quot|amp|lt|gt|#39|#x27);/g, (e) => entities[e]!)) as SearchRecord;
}

/**
 * The element of a built page that is indexed (the one with data-pagefind-body, up to its closing
 * tag), found by scanning the HTML, not parsing it; the whole page when none is. Only this keys a
 * part: what stands around it (related items, navigation) changes as other issues are added.
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

/** Hash of the code that turns pages into an index: a change to it invalidates every cached part. */
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
 * The parts and text groups of `files` (built pages, in index order): each issue's part, newest
 * first, then the part of no issue. Reads each page once, keeping only its path and a running hash
 * per part: memory does not grow with the pages' text.
 */
export function partsOf(root: string, files: string[], code: string): { parts: Part[]; texts: TextGroup[] } {
  const byName = new Map<string, { year: number | null; files: string[]; hash: Hash }>();
  const texts = new Map<string, { files: string[]; hash: Hash }>();
  for (const file of files) {
    const html = readFileSync(file, 'utf8');
    const record = pageRecord(html);
    const relative = path.relative(root, file);
    if (!record) {
      const name = YEAR_SEGMENT.exec(`/${relative}`)?.[1] ?? NO_ISSUE;
      let t = texts.get(name);
      if (!t) texts.set(name, (t = { files: [], hash: createHash('sha256').update(code) }));
      t.files.push(file);
      t.hash.update(relative).update('\0').update(html.replace(ASSET, '')).update('\0');
      continue;
    }
    const name = record.issue ?? NO_ISSUE;
    let p = byName.get(name);
    if (!p)
      byName.set(name, (p = { year: record.issue ? (record.year ?? null) : null, files: [], hash: createHash('sha256').update(code) }));
    p.files.push(file);
    p.hash.update(relative).update('\0').update(indexedPart(html).replace(ASSET, '')).update('\0');
  }
  // the newest issue first (ids sort by date), then the pages of no issue
  const names = [...byName.keys()]
    .filter((n) => n !== NO_ISSUE)
    .sort()
    .reverse()
    .concat(byName.has(NO_ISSUE) ? [NO_ISSUE] : []);
  return {
    parts: names.map((name) => {
      const { year, files: own, hash } = byName.get(name)!;
      return { name, year, files: own, key: hash.update(name).digest('hex').slice(0, 32) };
    }),
    texts: [...texts].map(([name, { files: own, hash }]) => ({ name, files: own, key: hash.update(name).digest('hex').slice(0, 32) })),
  };
}

/** The blocks of `parts`, newest year first; the newest takes the parts of no year. */
export function blocksOf(parts: Part[]): Block[] {
  const years = [...new Set(parts.map((p) => p.year).filter((y): y is number => y !== null))].sort((a, b) => b - a);
  const newest = years[0] ?? null;
  return (years.length ? years : [null]).map((year) => {
    const block = year === newest ? CURRENT_BLOCK : String(year);
    const own = parts.filter((p) => p.year === year || (block === CURRENT_BLOCK && p.year === null));
    const key = createHash('sha256').update(block);
    for (const p of own) key.update(p.key);
    return { block, year, parts: own, key: key.digest('hex').slice(0, 32) };
  });
}
