/**
 * Ground truth for search quality, shared by tests/site/search.test.ts and the bench: a page
 * matches a query when its indexed text (what Pagefind indexes, see `indexedText`) contains every
 * term of the query as a substring, whitespace ignored.
 */
import { readFileSync } from 'node:fs';
import { indexedText } from '../../src/search/build/index-html.ts';
import { htmlFiles, urlOf } from '../../src/search/build/pages.ts';
import { squash, queryTerms } from '../../src/search/tokenize.ts';

export interface IndexedPage {
  /** URL path, e.g. /items/lzf-2023-2-002/ */
  url: string;
  /** the page's indexed text, squashed (see `squash`) */
  text: string;
}

/** Every indexed page of a built site. */
export function indexedPages(dist: string): IndexedPage[] {
  return htmlFiles(dist).flatMap((file) => {
    const indexed = indexedText(readFileSync(file, 'utf8'));
    return indexed ? [{ url: urlOf(dist, file), text: squash(indexed.text) }] : [];
  });
}

/** URLs of the pages that contain every term of `q`, sorted. */
export function truth(pages: IndexedPage[], q: string): string[] {
  return pages
    .filter((p) => queryTerms(q).every((t) => p.text.includes(squash(t))))
    .map((p) => p.url)
    .sort();
}

export interface Quality {
  recall: number;
  precision: number;
  tp: number;
  fn: number;
  fp: number;
  /** one line per missed or extra page */
  misses: string[];
  /** queries no page contains */
  empty: string[];
}

/**
 * Recall and precision of `got` (query → result URLs) against `want` (query → true URLs).
 * A result for a query no page contains counts as a false positive.
 */
export function quality(queries: string[], got: (q: string) => string[], want: (q: string) => string[]): Quality {
  let tp = 0,
    fp = 0,
    fn = 0;
  const misses: string[] = [];
  const empty: string[] = [];
  for (const q of queries) {
    const g = new Set(got(q));
    const w = want(q);
    if (!w.length) {
      empty.push(q);
      if (g.size) misses.push(`${q}: ${g.size} results for a query no page contains`);
      fp += g.size;
      continue;
    }
    const missed = w.filter((u) => !g.has(u));
    const extra = [...g].filter((u) => !w.includes(u));
    tp += w.length - missed.length;
    fn += missed.length;
    fp += extra.length;
    misses.push(...missed.map((u) => `${q}: missed ${u}`), ...extra.map((u) => `${q}: extra ${u}`));
  }
  return { recall: tp / (tp + fn), precision: tp / (tp + fp), tp, fn, fp, misses, empty };
}
