/**
 * A gazette issue's table of contents (目录): its documents in printed order, cut into the
 * sections the 目录 and the running heads name (`·市政府文件·`, `·市政府办公室文件·`). The
 * section follows from the issuing authority; an issuer with no section of its own goes to
 * OTHER_SECTION. Shared by the issue pages, the home page and the tests.
 */

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

/**
 * One issue's documents by section: sections in the order they first appear in print, each
 * with its documents in printed order (`order`).
 */
export function tableOfContents<D extends { issuer: string; order: number }>(docs: readonly D[]): ContentsSection<D>[] {
  const sections = new Map<string, D[]>();
  for (const d of [...docs].sort((a, b) => a.order - b.order)) {
    const name = sectionOf(d.issuer);
    sections.set(name, [...(sections.get(name) ?? []), d]);
  }
  return [...sections].map(([name, docs]) => ({ name, docs }));
}
