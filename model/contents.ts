/**
 * A gazette issue's table of contents (目录): its documents in printed order, cut into the
 * sections the 目录 and the running heads name (`·市政府文件·`, `·市政府办公室文件·`). When the
 * issue's text prints its 目录, each document goes under the section its entry stands in (部门文件,
 * 政策解读, …); otherwise, and for a document the 目录 does not list, the section follows from the
 * issuing authority, and an issuer with no section of its own goes to OTHER_SECTION. Shared by the
 * pipeline (the cover's cross-check), the issue pages, the home page and the tests.
 */
import type { ContentsEntry } from './schema.ts';

/** Sections of the 临汾市人民政府公报 by issuer, as its 目录 names them. */
export const SECTIONS: ReadonlyMap<string, string> = new Map([
  ['临汾市人民政府', '市政府文件'],
  ['临汾市人民政府办公室', '市政府办公室文件'],
]);

/** Section of documents whose issuer has none in SECTIONS. */
export const OTHER_SECTION = '其他文件';

export function sectionOf(issuer: string): string {
  return SECTIONS.get(issuer) ?? OTHER_SECTION;
}

export interface ContentsSection<D> {
  name: string;
  docs: D[];
}

/** What a 目录 entry is matched on: a document's 文号, issuer(s) and title. */
export interface ListedDocument {
  number?: string;
  issuer: string;
  issuers?: string[];
  title?: string;
}

const bare = (s: string) => s.replace(/\s+/g, '');

/** Whether a 目录 title names the document: its title, alone or after its issuer(s) (临汾市人民政府关于…). */
export function entryNames(entry: Pick<ContentsEntry, 'title'>, doc: ListedDocument): boolean {
  if (doc.title === undefined) return false;
  const title = bare(entry.title);
  const own = bare(doc.title);
  return title === own || title === bare((doc.issuers ?? [doc.issuer]).join('')) + own || title === bare(doc.issuer) + own;
}

/** The 目录 entry of a document: the one with its 文号, else the one naming its title. */
export function entryOf<E extends Pick<ContentsEntry, 'title' | 'number'>>(doc: ListedDocument, entries: readonly E[]): E | undefined {
  return (
    entries.find((e) => e.number !== undefined && e.number === doc.number) ??
    entries.find((e) => e.number === undefined && entryNames(e, doc))
  );
}

/** The section a document is listed under: its 目录 entry's, else its issuer's. */
export function documentSection(doc: ListedDocument, entries: readonly Pick<ContentsEntry, 'title' | 'number' | 'section'>[] = []): string {
  return entryOf(doc, entries)?.section ?? sectionOf(doc.issuer);
}

/**
 * One issue's documents by section: sections in the order they first appear in print, each
 * with its documents in printed order (`order`). With the 目录 entries, a listed document
 * goes under its entry's section.
 */
export function tableOfContents<D extends ListedDocument & { order: number }>(
  docs: readonly D[],
  entries: readonly Pick<ContentsEntry, 'title' | 'number' | 'section'>[] = [],
): ContentsSection<D>[] {
  const sections = new Map<string, D[]>();
  for (const d of [...docs].sort((a, b) => a.order - b.order)) {
    const name = documentSection(d, entries);
    sections.set(name, [...(sections.get(name) ?? []), d]);
  }
  return [...sections].map(([name, docs]) => ({ name, docs }));
}
