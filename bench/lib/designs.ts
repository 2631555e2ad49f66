/**
 * Static assets of the alternative search designs, built from the same indexed text as ours
 * and written into the scratch outDir beside the site, under bench/:
 * - scan: every page's indexed text in one JSON file, searched by exact substring in the browser;
 * - minisearch: a MiniSearch index over CJK character bigrams, shipped as one JSON file.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import MiniSearch from 'minisearch';
import { indexedText } from '../../src/search/build/index-html.ts';
import { urlOf } from '../../src/search/build/pages.ts';
import { htmlPages } from './build.ts';
import { GAZETTE } from '../../model/gazette.ts';
import { MINISEARCH_OPTIONS, type PageRecord } from '../client/designs.ts';

const SITE_SUFFIX = ` · ${GAZETTE.name}`;

/** Every indexed page of the built site as the alternatives ship it. */
export function pageRecords(outDir: string): PageRecord[] {
  const out: PageRecord[] = [];
  for (const page of htmlPages(outDir)) {
    const file = join(outDir, page);
    const html = readFileSync(file, 'utf8');
    const r = indexedText(html);
    if (!r) continue;
    const full = /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '';
    const title = (full.endsWith(SITE_SUFFIX) ? full.slice(0, -SITE_SUFFIX.length) : full).replace(/&amp;/g, '&');
    out.push({ u: urlOf(outDir, file), t: title, x: r.text.replace(/\s+/g, ' ').trim() });
  }
  return out;
}

/** Write bench/pages.json (scan) and bench/minisearch.json into `outDir`. */
export function writeAlternatives(outDir: string): void {
  const pages = pageRecords(outDir);
  mkdirSync(join(outDir, 'bench'), { recursive: true });
  writeFileSync(join(outDir, 'bench/pages.json'), JSON.stringify(pages));
  const ms = new MiniSearch<PageRecord>(MINISEARCH_OPTIONS as never);
  ms.addAll(pages);
  writeFileSync(join(outDir, 'bench/minisearch.json'), JSON.stringify(ms));
}
