/**
 * A gazette issue's table of contents (目录): its documents in printed order, cut into the
 * sections the gazette names. A document's section is the one its issue's printed 目录 gives it,
 * where the issue record holds a 目录 (an entry with its 文号 or title); else the one the running
 * heads of its pages name (`section`, recorded by the ingest from ·市政府文件·); a document with
 * neither goes to UNSECTIONED. Shared by the pipeline (the 目录's cross-check), the issue pages, the
 * home page and the tests.
 */
import type { ContentsEntry } from './schema.ts';

/** Section of documents that neither a 目录 nor a running head places. */
export const UNSECTIONED = '本期文件';

/** How a 目录 entry names a document (the issue record's cover.contents, model/schema.ts). */
export type ListedEntry = Pick<ContentsEntry, 'title' | 'number' | 'section'>;

export interface SectionedDocument {
  /** 文号; a 政策解读 has none. */
  number?: string | undefined;
  title: string;
  order: number;
  /** The issuer, and every organ of a 联合发文: a 目录 title may open with them (临汾市人民政府关于…). */
  issuer?: string;
  issuers?: string[] | undefined;
  /** The section the running heads name. */
  section?: string | undefined;
}

const bare = (s: string) => s.replace(/\s+/g, '');

/** Whether a 目录 title names the document: its title, alone or after its issuer(s) (临汾市人民政府关于…). */
export function entryNames(entry: Pick<ContentsEntry, 'title'>, doc: SectionedDocument): boolean {
  const title = bare(entry.title);
  const own = bare(doc.title);
  const organs = [doc.issuers?.join(''), doc.issuer].filter((o): o is string => !!o).map(bare);
  return title === own || organs.some((o) => title === o + own);
}

/** The 目录 entry of a document: the one with its 文号, else the one naming its title. */
export function entryOf<E extends ListedEntry>(doc: SectionedDocument, contents: readonly E[]): E | undefined {
  return (
    contents.find((e) => e.number !== undefined && e.number === doc.number) ??
    contents.find((e) => e.number === undefined && entryNames(e, doc))
  );
}

/** The section a document is listed under: its 目录 entry's, else its running heads', else UNSECTIONED. */
export function sectionOf(doc: SectionedDocument, contents: readonly ListedEntry[] = []): string {
  return entryOf(doc, contents)?.section ?? doc.section ?? UNSECTIONED;
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
  contents: readonly ListedEntry[] = [],
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
