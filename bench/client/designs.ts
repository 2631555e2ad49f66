/**
 * What the alternative search designs share between build time (Node, bench/lib/designs.ts) and
 * the browser (bench/client/*): the page record they ship and MiniSearch's options.
 */
import { queryTerms, squash } from '../../src/search/tokenize.ts';

/** One page as the alternatives ship it: URL, title, indexed text (whitespace collapsed). */
export interface PageRecord {
  u: string;
  t: string;
  x: string;
}

/** Overlapping character bigrams of the squashed text (a one-character text is its own token). */
export function bigrams(text: string): string[] {
  const cs = [...squash(text)];
  if (cs.length < 2) return cs;
  return cs.slice(0, -1).map((c, i) => c + cs[i + 1]);
}

/** MiniSearch options; loadJSON must be given the same ones that built the index. */
export const MINISEARCH_OPTIONS = {
  idField: 'u',
  fields: ['x'],
  storeFields: ['t'],
  tokenize: bigrams,
  processTerm: (t: string) => t,
  searchOptions: {
    combineWith: 'AND',
    // each whitespace-separated term on its own, so no bigram spans two terms
    tokenize: (q: string) => queryTerms(q).flatMap(bigrams),
    // a one-character term matches the bigrams it starts
    prefix: (term: string) => [...term].length === 1,
  },
} as const;
