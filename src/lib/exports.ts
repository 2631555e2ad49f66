/**
 * Records of the machine-readable exports under /data/ (schemas documented in the README). Every
 * link is given twice: `url`, absolute (from SITE_URL), and `path`, the same without the origin,
 * which stays right wherever the site is mirrored.
 */
import { unitYears, type Doc, type Item, type SiteData } from './data.ts';
import { sectionOf } from '../../model/contents.ts';
import { COMPRESSED_EXPORTS } from './compressed-exports.ts';
import { csv } from './csv.ts';
import { abs, docUrl, itemUrl, u, unitUrl } from './url.ts';

/** `path` and `url` of one site path. */
const link = (path: string, site: URL | undefined) => ({ path, url: abs(path, site) });

/** `path` and `url` of a cited document of the corpus; null for one outside it. */
const targetLink = (target: string | undefined, site: URL | undefined) => (target ? link(docUrl(target), site) : { path: null, url: null });

/** `docs`: the documents exported (every one by default, a year's for /data/<year>/). */
export function documentsExport(data: SiteData, site: URL | undefined, docs: Doc[] = data.docs) {
  const contents = new Map(data.issues.map((i) => [i.id, i.cover?.contents ?? []]));
  return docs.map((d) => ({
    slug: d.slug,
    number: d.number ?? null, // a 政策解读 has none
    issuer: d.issuer,
    issuers: d.issuers ?? [d.issuer],
    title: d.title,
    date: d.date,
    type: d.type,
    issues: d.issues ?? null,
    addressees: d.addressees,
    disclosure: d.disclosure ?? null,
    attachments: d.attachments,
    units: d.units,
    counties: d.counties,
    citations: d.citations.map((c) => ({ ...c, ...targetLink(c.target, site) })),
    effective: d.effective ?? null,
    validUntil: d.validUntil ?? null,
    repeals: (d.repeals ?? []).map((r) => ({ ...r, ...targetLink(r.target, site) })),
    amends: (d.amends ?? []).map((r) => ({ ...r, ...targetLink(r.target, site) })),
    repealedBy: (data.repealedBy.get(d.slug) ?? []).map((r) => ({
      slug: r.by.slug,
      number: r.by.number,
      ...link(docUrl(r.by.slug, r.anchor), site),
    })),
    signatory: d.signatory ?? null,
    signer: d.signer ?? null,
    notes: d.notes ?? [],
    copiedTo: d.copiedTo ?? [],
    printed: d.printed ?? null,
    unknownUnits: d.unknownUnits ?? [],
    review: d.review ?? [],
    issue: d.issue,
    order: d.order,
    section: sectionOf(d, contents.get(d.issue)), // as the pages list it: the printed 目录's section first
    pages: d.pages ?? null,
    ...link(docUrl(d.slug), site),
    items: data.items.filter((i) => i.documentSlug === d.slug).map((i) => i.slug),
  }));
}

/** `items`: the items exported (every one by default, a year's for /data/<year>/). */
export function itemsExport(data: SiteData, site: URL | undefined, items: Item[] = data.items) {
  return items.map((i) => {
    const source = link(docUrl(i.documentSlug, i.anchor), site);
    return {
      slug: i.slug,
      document: i.document,
      documentSlug: i.documentSlug,
      list: i.list,
      no: i.no,
      national: i.national,
      name: i.name,
      rows: i.rows,
      responsibility: i.responsibility ?? null,
      units: i.units,
      lead: i.lead,
      support: i.support,
      implement: i.implement,
      task: i.task ?? null,
      ...link(itemUrl(i.slug), site),
      source: source.url,
      sourcePath: source.path,
    };
  });
}

export function unitsExport(data: SiteData, site: URL | undefined) {
  return data.units.map((x) => {
    const st = data.stats.get(x.slug)!;
    return {
      slug: x.slug,
      name: x.name,
      official: x.official ?? null,
      aliases: x.aliases,
      kind: x.kind,
      collective: x.collective,
      lead: st.lead.map((i) => i.slug),
      support: st.support.map((i) => i.slug),
      implement: st.implement.map((i) => i.slug),
      documents: st.documents.map((d) => d.slug),
      ...link(unitUrl(x.slug), site),
    };
  });
}

/** items.csv: one line per item, sub-rows joined with newlines inside the cell; UTF-8 with BOM. */
export function itemsCsv(data: SiteData, site: URL | undefined, items: Item[] = data.items): string {
  const name = (s: string) => data.unitBySlug.get(s)?.name ?? s;
  const rows: (string | number | boolean)[][] = [
    ['document', 'no', 'national', 'name', 'measures', 'row_units', 'units', 'lead', 'support', 'list', 'url', 'path'],
  ];
  for (const i of itemsExport(data, site, items)) {
    rows.push([
      i.document,
      i.no,
      i.national ? '∗' : '',
      i.name,
      i.rows.map((r) => r.measures).join('\n'),
      i.rows.map((r) => r.units.join('、')).join('\n'),
      i.units.map(name).join('、'),
      i.lead.map(name).join('、'),
      i.support.map(name).join('、'),
      i.list,
      i.url,
      i.path,
    ]);
  }
  return csv(rows);
}

const json = (records: unknown[]) => JSON.stringify(records, null, 1);

/** One file under /data/: the whole archive's (`year` null) or one year's, made on demand. */
export interface ExportFile {
  /** site path without the base, e.g. data/2023/items.csv */
  file: string;
  /** the issues' year the file holds; null for the whole archive */
  year: number | null;
  /** the records it holds */
  records: number;
  /** the file's text */
  body: () => string;
}

/** The years of the archive's issues, newest first. */
export const archiveYears = (data: SiteData): number[] => [...new Set(data.issues.map((i) => i.year))].sort((a, b) => b - a);

/**
 * Every export under /data/: documents.json, items.json, items.csv and units.json of the whole
 * archive (published URLs, kept), then documents.json, items.json and items.csv of each year
 * (issue 17: a year is what most readers want, and a whole archive's items.json runs to tens of MB).
 */
export function exportFiles(data: SiteData, site: URL | undefined): ExportFile[] {
  const files = (dir: string, year: number | null, docs: Doc[], items: Item[]): ExportFile[] => [
    { file: `${dir}documents.json`, year, records: docs.length, body: () => json(documentsExport(data, site, docs)) },
    { file: `${dir}items.json`, year, records: items.length, body: () => json(itemsExport(data, site, items)) },
    { file: `${dir}items.csv`, year, records: items.length, body: () => itemsCsv(data, site, items) },
  ];
  const ofYear = <T extends { issue: string }>(xs: T[], year: number) => xs.filter((x) => data.yearOfIssue.get(x.issue) === year);
  return [
    ...files('data/', null, data.docs, data.items),
    { file: 'data/units.json', year: null, records: data.units.length, body: () => json(unitsExport(data, site)) },
    ...archiveYears(data).flatMap((year) => files(`data/${year}/`, year, ofYear(data.docs, year), ofYear(data.items, year))),
  ];
}

/**
 * /data/index.json: every export with its year, record count, bytes and link; a compressed copy names
 * the file it holds; each unit's and county's task list of each year (tasks.csv beside its page) with
 * its record count (its bytes are not counted here: a hundred issues hold hundreds of such lists).
 */
export function exportIndex(data: SiteData, site: URL | undefined) {
  const files = exportFiles(data, site);
  const holders = [...data.units.map((x) => [x, false] as const), ...data.counties.map((x) => [x, true] as const)];
  return {
    files: files.map((f) => ({
      ...link(u(f.file), site),
      year: f.year,
      records: f.records,
      bytes: Buffer.byteLength(f.body()),
    })),
    compressed: COMPRESSED_EXPORTS.map((file) => ({ ...link(u(`${file}.gz`), site), encoding: 'gzip', of: u(file) })),
    tasks: holders.flatMap(([unit, county]) =>
      unitYears(data, unit, county).map((y) => ({
        ...link(u(`${y.path}tasks.csv`), site),
        unit: unit.name,
        year: y.year,
        records: y.st.all.length + y.lists.collective.length,
      })),
    ),
  };
}
