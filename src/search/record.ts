/**
 * What the build and the browser agree on about a search result: the record each indexed page
 * carries in its `data-search` attribute, how its units travel in Pagefind's metadata, the ranking
 * file, and the one HTML escape both sides use.
 */

/** The kinds of indexed page, as the search shows and filters them. */
export const KIND = { document: '文件', item: '事项', unit: '单位' } as const;

/** A page's search record (`data-search` JSON on its [data-pagefind-body] element). */
export interface SearchRecord {
  title: string;
  kind: string;
  number?: string;
  no?: string;
  issuer?: string;
  units?: string[];
  national?: boolean;
  date?: string;
  /** Year of the issue the page belongs to; a page without one (a unit page) is searched with the newest year. */
  year?: number;
  /** Id of the issue the page belongs to (2023-02): the part of the index it is built in (build/parts.ts). */
  issue?: string;
  /** An item's list (清单) name: a filter, not text, so the list's words do not match every item of it. */
  list?: string;
  /** A unit page's every printed name (name and aliases): a query naming the unit ranks this page first. */
  names?: string[];
}

/**
 * What ranking needs beyond Pagefind's order, keyed by Pagefind page id (written at build time
 * to pagefind/ranking.json): the unit page of every printed unit name, and each document's title.
 * Names and titles are `squash`ed.
 */
export interface Ranking {
  names: Record<string, string>;
  titles: [title: string, id: string][];
}

/** Where a long page's words are: `words` in all, `per` per file `${path}.${k}.txt` under the site base (build/fragments.ts). */
export interface TextParts {
  words: number;
  per: number;
  path: string;
}

/** The ranking file of an index, beside its pagefind-entry.json. */
export const RANKING_FILE = 'ranking.json';

/**
 * The search index is cut by year (build/parts.ts). The newest year's (with the pages that have no
 * year) is Pagefind's own bundle at `pagefind/`, what a first search loads; each earlier year's is
 * at `pagefind/archive/<year>/`, merged in when the reader asks for it. `pagefind/years.json` lists them.
 */
export const ARCHIVE_DIR = 'pagefind/archive';
/** Long pages' texts (build/fragments.ts), one folder per index part, whichever block the part is in. */
export const TEXT_DIR = 'pagefind/text';
export const YEARS_FILE = 'pagefind/years.json';

/** `pagefind/years.json`: the newest year's index, then the earlier years, newest first, with their page counts. */
export interface Years {
  current: { year: number | null; pages: number };
  archive: { year: number; pages: number }[];
}

/** Every page's filter naming the index (block) it is in: 'current' or the year of an archive index. */
export const BLOCK_FILTER = 'block';
export const CURRENT_BLOCK = 'current';

/** Where an index block is served from, under the site base: pagefind or pagefind/archive/<year>. */
export const blockDir = (block: string) => (block === CURRENT_BLOCK ? 'pagefind' : `${ARCHIVE_DIR}/${block}`);

/** Separates unit names in a result's `units` meta (a name may itself contain 、). */
export const UNIT_SEPARATOR = '|';

/** A result's units for display: at most six names, then the count (a plan names about 60). */
export function unitsLine(units: string, most = 6): string {
  const all = units.split(UNIT_SEPARATOR);
  return all.length <= most ? all.join('、') : `${all.slice(0, most).join('、')} 等 ${all.length} 个单位`;
}

/** Escape text for HTML content and double-quoted attributes. */
export const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
