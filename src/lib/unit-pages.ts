/**
 * How a unit's (or a county's) year is laid out in pages (issue 17: no HTML page over 300 KB,
 * whatever a year holds — a gazette prints 12–24 issues a year, and one busy unit is named in over
 * a thousand items). A year whose item lists fit `UNIT_LISTS_BUDGET` shows every item with its
 * measures on the year page, grouped by document; a bigger year lists, under each role, the
 * documents with the number of items each holds, each linking a page of its own with that
 * document's items and measures. Such a page holds at most one document's items, so it is bounded
 * by the document itself; the year page holds one line per document.
 */
import type { Item } from './data.ts';

/** The lists of a unit page, in the order shown: its roles, then a county's share of 各县（市、区）人民政府. */
export const LIST_ROLES = ['lead', 'support', 'implement', 'collective'] as const;
export type ListRole = (typeof LIST_ROLES)[number];
export type UnitLists = Record<ListRole, Item[]>;

/** The most bytes of HTML any page of the site may have (issue 17), whatever the archive. */
export const HTML_PAGE_CEILING = 300_000;

/**
 * Bytes a year page may spend on its item lists: half the ceiling, the rest for the page's frame
 * (~5 KB) and its list of the year's documents naming the unit (~0.29 KB a document: ~62 KB for
 * the busiest unit of a year of 24 issues). `UNIT_PAGE_BUDGET` sets another figure (the site tests
 * use a small one to build split years from a few issues).
 */
export const UNIT_LISTS_BUDGET = Number(process.env.UNIT_PAGE_BUDGET) || HTML_PAGE_CEILING / 2;

/** Bytes of markup around an entry's name and number, and around each of its measures (measured on the built pages). */
const ENTRY_MARKUP = 110;
const MEASURE_MARKUP = 10;
/** Bytes of a document's heading over its entries (its citation and link). */
const GROUP_MARKUP = 250;

const bytes = (s: string) => Buffer.byteLength(s);

/** The sub-rows of `item` a unit's page shows: those naming `unit`, else all (an item naming it as one of many, e.g. 各县). */
export function shownRows(item: Item, unit: string): Item['rows'] {
  const mine = item.rows.filter((r) => r.slugs.includes(unit));
  return mine.length ? mine : item.rows;
}

/** The HTML bytes `lists` take on `unit`'s page, estimated from the text they show. */
export function listsBytes(lists: UnitLists, unit: string): number {
  let total = 0;
  for (const role of LIST_ROLES) {
    total += new Set(lists[role].map((i) => i.documentSlug)).size * GROUP_MARKUP;
    for (const item of lists[role]) {
      const rows = shownRows(item, unit);
      total += ENTRY_MARKUP + bytes(item.name) + rows.reduce((n, r) => n + MEASURE_MARKUP + bytes(r.measures), 0);
    }
  }
  return total;
}

/** Whether a year's lists go one document a page: when showing them on the year page would spend more than `budget`. */
export function splitByDocument(lists: UnitLists, unit: string, budget = UNIT_LISTS_BUDGET): boolean {
  return listsBytes(lists, unit) > budget;
}

/** The documents `lists` draw on, each with its own lists, in the order `rank` gives (the corpus order). */
export function listsByDocument(lists: UnitLists, rank: (document: string) => number): { document: string; lists: UnitLists }[] {
  const documents = [...new Set(LIST_ROLES.flatMap((r) => lists[r].map((i) => i.documentSlug)))].sort((a, b) => rank(a) - rank(b));
  return documents.map((document) => ({ document, lists: listsOf(lists, document) }));
}

/** The lists kept to one document's items. */
export function listsOf(lists: UnitLists, document: string): UnitLists {
  const of = (items: Item[]) => items.filter((i) => i.documentSlug === document);
  return { lead: of(lists.lead), support: of(lists.support), implement: of(lists.implement), collective: of(lists.collective) };
}
