/**
 * Records of the machine-readable exports under /data/ (schemas documented in the README). Every
 * link is given twice: `url`, absolute (from SITE_URL), and `path`, the same without the origin,
 * which stays right wherever the site is mirrored.
 */
import type { SiteData } from './data.ts';
import { abs, docUrl, itemUrl, unitUrl } from './url.ts';

/** `path` and `url` of one site path. */
const link = (path: string, site: URL | undefined) => ({ path, url: abs(path, site) });

/** `path` and `url` of a cited document of the corpus; null for one outside it. */
const targetLink = (target: string | undefined, site: URL | undefined) => (target ? link(docUrl(target), site) : { path: null, url: null });

export function documentsExport(data: SiteData, site: URL | undefined) {
  return data.docs.map((d) => ({
    slug: d.slug,
    number: d.number,
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
    section: d.section ?? null,
    pages: d.pages ?? null,
    ...link(docUrl(d.slug), site),
    items: data.items.filter((i) => i.documentSlug === d.slug).map((i) => i.slug),
  }));
}

export function itemsExport(data: SiteData, site: URL | undefined) {
  return data.items.map((i) => {
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
