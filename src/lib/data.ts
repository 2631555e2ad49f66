/**
 * Everything the pages need, computed once per build from the content collections:
 * documents, items and units plus the relations between them (who leads / supports what,
 * which documents name a unit, county views, related items, citation strings).
 */
import { getCollection } from 'astro:content';
import type { DocumentRecord, ItemRecord, UnitRecord, Issue } from '../../model/schema.ts';

export type Doc = DocumentRecord & { body: string; file: string };
export type Item = ItemRecord;
export type Unit = UnitRecord & { collective: boolean };

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
  docs: Doc[];
  docBySlug: Map<string, Doc>;
  docByNumber: Map<string, Doc>;
  items: Item[];
  itemBySlug: Map<string, Item>;
  units: Unit[];
  unitBySlug: Map<string, Unit>;
  /** printed name or alias → unit slug */
  unitByName: Map<string, string>;
  stats: Map<string, UnitStats>;
  counties: Unit[];
  collective: Unit[];
  /** items of a document grouped by task anchor */
  itemsByTask: Map<string, Item[]>;
  /** items of a document keyed by `${documentSlug}#${no}` (for annex tables) */
  itemByDocNo: Map<string, Item>;
}

let cache: Promise<SiteData> | undefined;
export function getData(): Promise<SiteData> {
  return (cache ??= build());
}

async function build(): Promise<SiteData> {
  const [issuesC, docsC, itemsC, unitsC] = await Promise.all([
    getCollection('issues'),
    getCollection('documents'),
    getCollection('items'),
    getCollection('units'),
  ]);
  const issues = issuesC.map((e) => e.data).sort((a, b) => a.id.localeCompare(b.id));
  const docs: Doc[] = docsC
    .map((e) => ({ ...e.data, body: e.body ?? '', file: e.filePath ?? e.id }))
    .sort((a, b) => a.issue.localeCompare(b.issue) || a.order - b.order);
  const docBySlug = new Map(docs.map((d) => [d.slug, d]));
  const docByNumber = new Map(docs.map((d) => [d.number, d]));
  const docIndex = new Map(docs.map((d, i) => [d.slug, i]));
  const items = itemsC
    .map((e) => e.data)
    .sort(
      (a, b) =>
        (docIndex.get(a.documentSlug) ?? 0) - (docIndex.get(b.documentSlug) ?? 0) ||
        a.list.localeCompare(b.list) ||
        a.no - b.no,
    );
  const itemBySlug = new Map(items.map((i) => [i.slug, i]));
  const units = unitsC
    .map((e) => ({ ...e.data, collective: e.data.collective ?? false }))
    .sort((a, b) => a.slug.localeCompare(b.slug));
  const unitBySlug = new Map(units.map((u) => [u.slug, u]));
  const unitByName = new Map<string, string>();
  for (const u of units) for (const n of [u.name, ...u.aliases]) unitByName.set(norm(n), u.slug);

  const stats = new Map<string, UnitStats>();
  for (const u of units) stats.set(u.slug, { lead: [], support: [], implement: [], all: [], documents: [] });
  const st = (slug: string) => stats.get(slug);
  for (const it of items) {
    for (const s of it.units) st(s)?.all.push(it);
    for (const s of it.lead) st(s)?.lead.push(it);
    for (const s of it.support) if (!it.lead.includes(s)) st(s)?.support.push(it);
    for (const s of it.implement) st(s)?.implement.push(it);
  }
  for (const d of docs) for (const s of new Set([...d.units, ...d.counties])) st(s)?.documents.push(d);

  const counties = units.filter((u) => u.kind === '县级人民政府' && !u.collective);
  const collective = units.filter((u) => u.collective);

  const itemsByTask = new Map<string, Item[]>();
  const itemByDocNo = new Map<string, Item>();
  for (const it of items) {
    if (it.task) {
      const k = `${it.documentSlug}#${it.task.anchor}`;
      itemsByTask.set(k, [...(itemsByTask.get(k) ?? []), it]);
    }
    itemByDocNo.set(`${it.documentSlug}#${it.list}#${it.no}`, it);
    if (!itemByDocNo.has(`${it.documentSlug}#${it.no}`)) itemByDocNo.set(`${it.documentSlug}#${it.no}`, it);
  }

  return {
    issues,
    docs,
    docBySlug,
    docByNumber,
    items,
    itemBySlug,
    units,
    unitBySlug,
    unitByName,
    stats,
    counties,
    collective,
    itemsByTask,
    itemByDocNo,
  };
}

/** Normalise a printed unit name for lookup (brackets and spaces vary in print). */
export function norm(name: string): string {
  return name.normalize('NFKC').replace(/\s+/g, '').replace(/（/g, '(').replace(/）/g, ')');
}

/** Unit slug for a name as printed in an item row, if known. */
export function unitSlugFor(data: SiteData, printed: string): string | undefined {
  return data.unitByName.get(norm(printed));
}

/** Formal title of a document as cited: issuer + title, e.g. 《临汾市人民政府关于…的通知》. */
export function docCiteTitle(d: Doc): string {
  return d.title.startsWith(d.issuer) ? d.title : d.issuer + d.title;
}

/** Citation of a document: 《临汾市人民政府关于印发…的通知》(临政发〔2023〕2号) */
export function docCitation(d: Doc): string {
  return `《${docCiteTitle(d)}》（${d.number}）`;
}

/**
 * Citation of an item, in the usual form
 * 《临汾市营商环境创新提升行动方案》(临政发〔2023〕2号)附件第37项.
 */
export function itemCitation(d: Doc | undefined, it: Item): string {
  const title = d?.issues ?? (d ? docCiteTitle(d) : it.list);
  const att = d?.attachments.find((a) => a.title === it.list);
  const where = att
    ? `附件${att.no && (d?.attachments.length ?? 0) > 1 ? att.no : ''}第${it.no}项`
    : `“${it.list}”第${it.no}项`;
  return `《${title}》（${it.document}）${where}`;
}

/** Items of other documents/units related to `it`: sharing units, most shared first. */
export function relatedItems(data: SiteData, it: Item, max = 8): Item[] {
  const score = new Map<string, number>();
  for (const s of it.units) {
    const u = data.unitBySlug.get(s);
    if (!u || u.collective) continue;
    for (const o of data.stats.get(s)?.all ?? []) {
      if (o.slug !== it.slug) score.set(o.slug, (score.get(o.slug) ?? 0) + 1);
    }
  }
  return [...score.entries()]
    .sort((a, b) => b[1] - a[1] || data.items.indexOf(data.itemBySlug.get(a[0])!) - data.items.indexOf(data.itemBySlug.get(b[0])!))
    .slice(0, max)
    .map(([s]) => data.itemBySlug.get(s)!);
}

/** Previous and next item in the same list. */
export function siblings(data: SiteData, it: Item): { prev?: Item; next?: Item } {
  const list = data.items.filter((o) => o.documentSlug === it.documentSlug && o.list === it.list);
  const i = list.findIndex((o) => o.slug === it.slug);
  return { prev: list[i - 1], next: list[i + 1] };
}

/** Items a county must act on: addressed to it, or to the collective 各县(市、区)人民政府. */
export function countyItems(data: SiteData, county: Unit): { own: Item[]; collective: Item[] } {
  const own = data.stats.get(county.slug)?.all ?? [];
  const ownSet = new Set(own.map((i) => i.slug));
  const collective = data.collective
    .flatMap((c) => data.stats.get(c.slug)?.all ?? [])
    .filter((i, k, arr) => !ownSet.has(i.slug) && arr.findIndex((j) => j.slug === i.slug) === k);
  return { own, collective };
}

export function unitLabel(data: SiteData, slug: string): string {
  return data.unitBySlug.get(slug)?.name ?? slug;
}

export const typeOrder = ['通知', '意见', '决定', '批复', '函'];
