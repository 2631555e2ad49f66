/**
 * A gazette issue's table of contents (目录): its documents in printed order, cut into the
 * sections the gazette names. A document's section is the one its issue's printed 目录 gives it,
 * where the issue record holds a 目录 (an entry with its 文号 or title); else the one the running
 * heads of its pages name (`section`, recorded by the ingest from ·市政府文件·); a document with
 * neither goes to UNSECTIONED. Shared by the issue pages, the home page and the tests.
 */

/** Section of documents that neither a 目录 nor a running head places. */
export const UNSECTIONED = '本期文件';

/** One entry of an issue's printed 目录: the section it stands under, and how it names the document. */
export interface ContentsEntry {
  section: string;
  number?: string;
  title: string;
}

export interface SectionedDocument {
  number: string;
  title: string;
  order: number;
  /** The section the running heads name. */
  section?: string | undefined;
}

/** The section a document is listed under: its 目录 entry's, else its running heads', else UNSECTIONED. */
export function sectionOf(doc: SectionedDocument, contents: readonly ContentsEntry[] = []): string {
  const entry = contents.find((e) => (e.number ? e.number === doc.number : e.title === doc.title));
  return entry?.section ?? doc.section ?? UNSECTIONED;
}

export interface ContentsSection<D> {
  name: string;
  docs: D[];
}

/**
 * One issue's documents by section: sections in the order they first appear in print, each
 * with its documents in printed order (`order`).
 */
export function tableOfContents<D extends SectionedDocument>(
  docs: readonly D[],
  contents: readonly ContentsEntry[] = [],
): ContentsSection<D>[] {
  const sections = new Map<string, D[]>();
  for (const d of [...docs].sort((a, b) => a.order - b.order)) {
    const name = sectionOf(d, contents);
    sections.set(name, [...(sections.get(name) ?? []), d]);
  }
  return [...sections].map(([name, docs]) => ({ name, docs }));
}

/**
 * Where a document is printed, as a reader cites it: 公报2023年第2期第5页, 第5–7页 over several pages
 * (or where the page numbers allow a range only), 第25页起 when no page number follows it.
 */
export function printedPagesLabel(issue: { year: number; number: number }, pages: { first: number; last?: number | undefined }): string {
  const range =
    pages.last === undefined ? `${pages.first}页起` : pages.last === pages.first ? `${pages.first}页` : `${pages.first}–${pages.last}页`;
  return `公报${issue.year}年第${issue.number}期第${range}`;
}
