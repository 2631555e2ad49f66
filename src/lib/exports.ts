/** Records of the machine-readable exports under /data/ (schemas documented in the README). */
import type { SiteData } from './data.ts';
import { abs, docUrl, itemUrl, unitUrl } from './url.ts';

export function documentsExport(data: SiteData, site: URL | undefined) {
  return data.docs.map((d) => ({
    slug: d.slug, number: d.number, issuer: d.issuer, title: d.title, date: d.date, type: d.type,
    issues: d.issues ?? null, addressees: d.addressees, disclosure: d.disclosure ?? null,
    attachments: d.attachments, units: d.units, counties: d.counties,
    citations: d.citations.map((c) => ({ ...c, url: c.target ? abs(docUrl(c.target), site) : null })),
    issue: d.issue, order: d.order, url: abs(docUrl(d.slug), site),
    items: data.items.filter((i) => i.documentSlug === d.slug).map((i) => i.slug),
  }));
}

export function itemsExport(data: SiteData, site: URL | undefined) {
  return data.items.map((i) => ({
    slug: i.slug, document: i.document, documentSlug: i.documentSlug, list: i.list, no: i.no,
    national: i.national, name: i.name, rows: i.rows, responsibility: i.responsibility ?? null,
    units: i.units, lead: i.lead, support: i.support, implement: i.implement,
    task: i.task ?? null, url: abs(itemUrl(i.slug), site),
    source: abs(docUrl(i.documentSlug, i.anchor), site),
  }));
}

export function unitsExport(data: SiteData, site: URL | undefined) {
  return data.units.map((x) => {
    const st = data.stats.get(x.slug)!;
    return {
      slug: x.slug, name: x.name, aliases: x.aliases, kind: x.kind, collective: x.collective,
      lead: st.lead.map((i) => i.slug), support: st.support.map((i) => i.slug),
      implement: st.implement.map((i) => i.slug), documents: st.documents.map((d) => d.slug),
      url: abs(unitUrl(x.slug), site),
    };
  });
}
