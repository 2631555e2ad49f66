/** Pagefind as the browser (and the Node tests and the bench) load it: the parts of its API we use. */
import type { TextParts } from '../record.ts';

export interface PagefindResult {
  /** Pagefind's page id (its fragment's name) */
  id: string;
  data: () => Promise<PagefindData>;
}
export interface PagefindData {
  url: string;
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  locations: number[];
  anchors: { id: string; location: number; element: string }[];
  /** a long page's text is not in its fragment but in parts (see build/fragments.ts) */
  text?: TextParts;
  /** the page's words; for a long page only those around the first match are filled in */
  words?: string[];
}
/** Filter → value → count. */
export type FilterCounts = Record<string, Record<string, number>>;
export interface PagefindApi {
  search: (q: string | null, opts?: { filters?: Record<string, unknown> }) => Promise<{ results: PagefindResult[]; filters: FilterCounts }>;
  /** Every value of every filter of the loaded indexes, with its page count (loads every filter list). */
  filters: () => Promise<FilterCounts>;
  /** Adds the index at `path` (a URL ending in /) to every later search. */
  mergeIndex: (path: string, opts?: Record<string, unknown>) => Promise<void>;
}

/** Pagefind loaded as the search page uses it, from `${base}pagefind/`. */
export type PagefindModule = PagefindApi & {
  options: (o: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
};

/** Load Pagefind on the main thread: our index is small, and the worker script alone is 12 KB (gzip) more. */
export async function openPagefind(base: string): Promise<PagefindModule> {
  const mod = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as PagefindModule;
  await mod.options({ baseUrl: base, noWorker: true });
  await mod.init();
  return mod;
}
