/** An issue's table of contents (model/contents.ts): sections by issuer, in printed order. */
import { describe, expect, it } from 'vitest';
import { OTHER_SECTION, sectionOf, tableOfContents } from '../model/contents.ts';

describe('sections of the 目录', () => {
  it.each([
    ['临汾市人民政府', '市政府文件'],
    ['临汾市人民政府办公室', '市政府办公室文件'],
    ['临汾市安全生产委员会办公室', OTHER_SECTION],
    ['尧都区人民政府', OTHER_SECTION],
  ])('a document issued by %s is listed under %s', (issuer, section) => {
    expect(sectionOf(issuer)).toBe(section);
  });

  it('documents are grouped by section in the order the sections first appear, each in printed order', () => {
    const doc = (order: number, issuer: string) => ({ order, issuer, n: `${order}` });
    const docs = [
      doc(3, '临汾市人民政府办公室'),
      doc(1, '临汾市人民政府'),
      doc(5, '临汾市安全生产委员会办公室'),
      doc(2, '临汾市人民政府'),
      doc(4, '临汾市人民政府办公室'),
    ];
    expect(tableOfContents(docs).map((s) => [s.name, s.docs.map((d) => d.n)])).toEqual([
      ['市政府文件', ['1', '2']],
      ['市政府办公室文件', ['3', '4']],
      [OTHER_SECTION, ['5']],
    ]);
  });

  it('an issue whose first document comes from the office lists 市政府办公室文件 first', () => {
    expect(
      tableOfContents([
        { order: 2, issuer: '临汾市人民政府' },
        { order: 1, issuer: '临汾市人民政府办公室' },
      ]).map((s) => s.name),
    ).toEqual(['市政府办公室文件', '市政府文件']);
  });
});
