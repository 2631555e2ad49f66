/** The JSON-LD (schema.org Legislation) a document page carries: what it is, who issued it, where it was published, what it cites. */
import type { DocumentRecord, Issue } from '../../model/schema.ts';

export interface JsonLdContext {
  issue?: Pick<Issue, 'title' | 'number'>;
  /** absolute URLs */
  url: string;
  issueUrl?: string;
  docUrl: (slug: string) => string;
}

/** Every issuing organ (a 联合发文 has several), as schema.org organisations. */
const issuingOrganizations = (doc: DocumentRecord) =>
  (doc.issuers ?? [doc.issuer]).map((name) => ({ '@type': 'GovernmentOrganization', name }));

export function documentJsonLd(doc: DocumentRecord, ctx: JsonLdContext): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'Legislation',
    name: doc.title,
    alternateName: doc.issues,
    legislationIdentifier: doc.number,
    legislationType: doc.type,
    legislationDate: doc.date,
    datePublished: doc.date,
    legislationPassedBy: issuingOrganizations(doc),
    author: issuingOrganizations(doc),
    inLanguage: 'zh-CN',
    url: ctx.url,
    isPartOf: ctx.issue
      ? { '@type': 'PublicationIssue', name: ctx.issue.title, issueNumber: ctx.issue.number, url: ctx.issueUrl }
      : undefined,
    citation: doc.citations.map((c) => ({
      '@type': 'Legislation',
      legislationIdentifier: c.number,
      name: c.title,
      url: c.target ? ctx.docUrl(c.target) : undefined,
    })),
  };
}
