/**
 * Everything the pages need, computed once per build from the content collections: documents,
 * items and units, indexed, plus the relations between them (which items a unit leads, supports or
 * implements, which documents name it, county views, related items, citation strings). Every
 * relation is read from the records; the rules behind them are in model/.
 */
import { getCollection } from 'astro:content';
import type { DocumentRecord, ItemRecord, UnitRecord, Issue } from '../../model/schema.ts';
import { countiesActing, isCounty } from '../../model/units.ts';
import { EVERY_COUNTY } from '../../model/counties.ts';
import { repealedBy, type RepealedBy } from './repeals.ts';
import { countyUrl, unitUrl } from './url.ts';
import { listsByDocument, splitByDocument, type UnitLists } from './unit-pages.ts';

/** A document's record and its Markdown file (relative to the project root); its body is read when its page is rendered (document-body.ts). */
export type Doc = DocumentRecord & { file: string };
export type Item = ItemRecord;
export type Unit = UnitRecord;

export interface UnitStats {
  lead: Item[];
  support: Item[];
  implement: Item[];
  /** every item naming the unit, in corpus order */
  all: Item[];
  documents: Doc[];
}

export interface SiteData {
  issues: Issue[];
  /** each issue's year, by issue id */
  yearOfIssue: Map<string, number>;
  docs: Doc[];
  docBySlug: Map<string, Doc>;
  items: Item[];
  itemBySlug: Map<string, Item>;
  /** each item's place in `items` */
  itemOrder: Map<string, number>;
  /** items of each document, in order */
  itemsByDoc: Map<string, Item[]>;
  units: Unit[];
  unitBySlug: Map<string, Unit>;
  stats: Map<string, UnitStats>;
  counties: Unit[];
  /** documents that repeal each document, by its slug (src/lib/repeals.ts) */
  repealedBy: Map<string, RepealedBy<Doc>[]>;
  /** documents of the corpus that cite each document, by its slug, with the first block citing it */
  citedBy: Map<string, { doc: Doc; anchor: string }[]>;
}

let cache: Promise<SiteData> | undefined;
export function getData(): Promise<SiteData> {
  return (cache ??= build());
}

/** Every unit's items by role and the documents that name it. */
function unitStats(units: Unit[], items: Item[], docs: Doc[]): Map<string, UnitStats> {
  const stats = new Map(units.map((u): [string, UnitStats] => [u.slug, { lead: [], support: [], implement: [], all: [], documents: [] }]));
  for (const it of items) {
    for (const s of it.units) stats.get(s)?.all.push(it);
    for (const s of it.lead) stats.get(s)?.lead.push(it);
    for (const s of it.support) stats.get(s)?.support.push(it);
    for (const s of it.implement) stats.get(s)?.implement.push(it);
  }
  for (const d of docs) for (const s of new Set([...d.units, ...d.counties])) stats.get(s)?.documents.push(d);
  return stats;
}

/** Each cited document of the corpus → the other documents citing it, each once, at its first citing block. */
function citedBy(docs: Doc[]): Map<string, { doc: Doc; anchor: string }[]> {
  const found = new Map<string, { doc: Doc; anchor: string }[]>();
  for (const doc of docs) {
    for (const c of doc.citations) {
      if (!c.target || c.target === doc.slug) continue;
      const list = found.get(c.target) ?? [];
      if (!list.some((x) => x.doc === doc)) found.set(c.target, [...list, { doc, anchor: c.anchor }]);
    }
  }
  return found;
}

async function build(): Promise<SiteData> {
  const [issueEntries, docEntries, itemEntries, unitEntries] = await Promise.all([
    getCollection('issues'),
    getCollection('documents'),
    getCollection('items'),
    getCollection('units'),
  ]);
  const issues = issueEntries.map((e) => e.data).sort((a, b) => a.id.localeCompare(b.id));
  const docs: Doc[] = docEntries
    .map((e) => ({ ...e.data, file: e.filePath ?? e.id }))
    .sort((a, b) => a.issue.localeCompare(b.issue) || a.order - b.order);
  const docIndex = new Map(docs.map((d, i) => [d.slug, i]));
  const items = itemEntries
    .map((e) => e.data)
    .sort(
      (a, b) => (docIndex.get(a.documentSlug) ?? 0) - (docIndex.get(b.documentSlug) ?? 0) || a.list.localeCompare(b.list) || a.no - b.no,
    );
  const units = unitEntries.map((e) => e.data).sort((a, b) => a.slug.localeCompare(b.slug));
  return {
    issues,
    yearOfIssue: new Map(issues.map((i) => [i.id, i.year])),
    docs,
    docBySlug: new Map(docs.map((d) => [d.slug, d])),
    items,
    itemBySlug: new Map(items.map((i) => [i.slug, i])),
    itemOrder: new Map(items.map((i, k) => [i.slug, k])),
    itemsByDoc: Map.groupBy(items, (i) => i.documentSlug),
    units,
    unitBySlug: new Map(units.map((u) => [u.slug, u])),
    stats: unitStats(units, items, docs),
    counties: units.filter(isCounty),
    repealedBy: repealedBy(docs),
    citedBy: citedBy(docs),
  };
}

const unitItemsOfYear = new WeakMap<SiteData, Map<string, Map<number | undefined, Item[]>>>();

/** The items naming unit `slug` in the issues of `year`, from an index built once per build. */
function itemsOfUnitInYear(data: SiteData, slug: string, year: number | undefined): Item[] {
  let index = unitItemsOfYear.get(data);
  if (!index) {
    index = new Map([...data.stats].map(([s, st]) => [s, Map.groupBy(st.all, (i) => data.yearOfIssue.get(i.issue))]));
    unitItemsOfYear.set(data, index);
  }
  return index.get(slug)?.get(year) ?? [];
}

/**
 * Items of other documents/units related to `it`: of the same year's issues (an archive's earlier
 * years would otherwise crowd out the reader's own, and each page would score the whole archive),
 * sharing units, most shared first.
 */
export function relatedItems(data: SiteData, it: Item, max = 8): Item[] {
  const score = new Map<string, number>();
  const year = data.yearOfIssue.get(it.issue);
  for (const s of it.units) {
    const u = data.unitBySlug.get(s);
    if (!u || u.collective) continue;
    for (const o of itemsOfUnitInYear(data, s, year)) {
      if (o.slug !== it.slug) score.set(o.slug, (score.get(o.slug) ?? 0) + 1);
    }
  }
  // the archive's order, built once (a map of every item per item page made the build quadratic)
  const order = data.itemOrder;
  return [...score.entries()]
    .sort((a, b) => b[1] - a[1] || order.get(a[0])! - order.get(b[0])!)
    .slice(0, max)
    .map(([s]) => data.itemBySlug.get(s)!);
}

/** Previous and next item in the same list. */
export function siblings(data: SiteData, it: Item): { prev?: Item; next?: Item } {
  const list = (data.itemsByDoc.get(it.documentSlug) ?? []).filter((o) => o.list === it.list);
  const i = list.findIndex((o) => o.slug === it.slug);
  return { prev: list[i - 1], next: list[i + 1] };
}

/**
 * Items a county must act on (countiesActing, model/units.ts): those naming it, and those it
 * shares with every county by naming the collective 各县(市、区)人民政府.
 */
export function countyItems(data: SiteData, county: Unit): { own: Item[]; collective: Item[] } {
  const own = data.stats.get(county.slug)?.all ?? [];
  const ownSet = new Set(own.map((i) => i.slug));
  const everyCounty = (i: Item) => countiesActing(i.units, (s) => data.unitBySlug.get(s)).includes(EVERY_COUNTY);
  return { own, collective: data.items.filter((i) => !ownSet.has(i.slug) && everyCounty(i)) };
}

/** The years `items` and `docs` fall in (by their issue), newest first. */
function yearsOf(data: SiteData, items: Item[], docs: Doc[] = []): number[] {
  const years = new Set([...items, ...docs].map((x) => data.yearOfIssue.get(x.issue)!));
  return [...years].sort((a, b) => b - a);
}

/** A unit's statistics kept to the items and documents of the issues of `year`: a unit page shows one year at a time. */
function statsOfYear(data: SiteData, st: UnitStats, year: number): UnitStats {
  const of = <T extends { issue: string }>(xs: T[]) => xs.filter((x) => data.yearOfIssue.get(x.issue) === year);
  return { lead: of(st.lead), support: of(st.support), implement: of(st.implement), all: of(st.all), documents: of(st.documents) };
}

/**
 * One year of a unit page or a county page (issue 17: a unit's page would grow with every issue):
 * the items and documents of that year's issues, at the unit's own path for the newest year and
 * at <unit>/<year>/ for each earlier one, with its task list (tasks.csv) beside it.
 */
export interface UnitYear {
  year: number;
  /** site path of the year's page, without the base: units/<slug>/ or units/<slug>/<year>/ */
  path: string;
  st: UnitStats;
  /** the lists as the page shows them, role by role, with a county's share of 各县（市、区）人民政府's items (`collective`) */
  lists: UnitLists;
  /** whether the lists go one document a page (src/lib/unit-pages.ts), at `documentPagePath` */
  split: boolean;
}

/** Site path of a unit page (`county`: of a county page), without the base. */
export const unitPath = (slug: string, county: boolean) => `${county ? 'counties' : 'units'}/${slug}/`;

/**
 * Site path of the page of one document's items on a unit's (county's) page, for a year whose lists go
 * one document a page: under the year, which the address names even while the year is the newest
 * (its page is then the unit's own), so the address never moves and the search build reads the
 * page with its year's (src/search/build/parts.ts).
 */
export const documentPagePath = (slug: string, county: boolean, year: number, document: string) =>
  `${unitPath(slug, county)}${year}/documents/${document}/`;

const unitYearsCache = new WeakMap<SiteData, Map<string, UnitYear[]>>();

/** Every year of a unit page (`county`: of a county page, with the items of 各县（市、区）人民政府), newest first. */
export function unitYears(data: SiteData, unit: Unit, county: boolean): UnitYear[] {
  const cache = unitYearsCache.get(data) ?? new Map<string, UnitYear[]>();
  unitYearsCache.set(data, cache);
  const key = unitPath(unit.slug, county);
  const known = cache.get(key);
  if (known) return known;
  const all = data.stats.get(unit.slug)!;
  const collective = county ? countyItems(data, unit).collective : [];
  const years = yearsOf(data, [...all.all, ...collective], all.documents).map((year, k): UnitYear => {
    const st = statsOfYear(data, all, year);
    const lists = {
      lead: st.lead,
      support: st.support,
      implement: st.implement,
      collective: collective.filter((i) => data.yearOfIssue.get(i.issue) === year),
    };
    return {
      year,
      path: k === 0 ? key : `${key}${year}/`,
      st,
      lists,
      split: splitByDocument(lists, unit.slug),
    };
  });
  cache.set(key, years);
  return years;
}

/** The documents of a unit's (county's) years whose lists go one document a page, each with its year and lists. */
export function unitDocumentPages(data: SiteData, unit: Unit, county: boolean): { year: UnitYear; document: string; lists: UnitLists }[] {
  const rank = new Map(data.docs.map((d, k) => [d.slug, k]));
  return unitYears(data, unit, county)
    .filter((y) => y.split)
    .flatMap((year) => listsByDocument(year.lists, (d) => rank.get(d) ?? 0).map((x) => ({ year, ...x })));
}

export function unitLabel(data: SiteData, slug: string): string {
  return data.unitBySlug.get(slug)?.name ?? slug;
}

/** The page of a unit: a county's county page, any other unit's unit page. */
export function unitPage(data: SiteData, slug: string): string {
  const unit = data.unitBySlug.get(slug);
  return unit && isCounty(unit) ? countyUrl(slug) : unitUrl(slug);
}
