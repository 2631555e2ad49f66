/** An issue's table of contents (model/contents.ts): sections from the 目录 or the running heads, in printed order. */
import { describe, expect, it } from 'vitest';
import { printedPagesLabel, sectionOf, tableOfContents, UNSECTIONED } from '../model/contents.ts';

const doc = (order: number, section?: string, number = `临政发〔2023〕${order}号`) => ({ order, section, number, title: `文件${order}` });

describe('sections of the 目录', () => {
  it.each([
    ['the running heads name', doc(1, '市政府文件'), [], '市政府文件'],
    [
      'the printed 目录 gives by 文号, before the running heads',
      doc(1, '市政府文件'),
      [{ section: '部门文件', number: '临政发〔2023〕1号', title: '' }],
      '部门文件',
    ],
    ['the printed 目录 gives by title, for a document without 文号 in it', doc(2), [{ section: '政策解读', title: '文件2' }], '政策解读'],
    ['neither names', doc(3), [], UNSECTIONED],
  ])('a document is listed under the section %s', (_what, d, contents, section) => {
    expect(sectionOf(d, contents)).toBe(section);
  });

  it('documents are grouped by section in the order the sections first appear, each in printed order', () => {
    const docs = [doc(3, '市政府办公室文件'), doc(1, '市政府文件'), doc(5), doc(2, '市政府文件'), doc(4, '市政府办公室文件')];
    expect(tableOfContents(docs).map((s) => [s.name, s.docs.map((d) => d.order)])).toEqual([
      ['市政府文件', [1, 2]],
      ['市政府办公室文件', [3, 4]],
      [UNSECTIONED, [5]],
    ]);
  });

  it('an issue whose first document is printed under 市政府办公室文件 lists that section first', () => {
    expect(tableOfContents([doc(2, '市政府文件'), doc(1, '市政府办公室文件')]).map((s) => s.name)).toEqual([
      '市政府办公室文件',
      '市政府文件',
    ]);
  });
});

describe('the printed pages as a citation', () => {
  it.each([
    [{ first: 5, last: 5 }, '公报2023年第2期第5页'],
    [{ first: 5, last: 7 }, '公报2023年第2期第5–7页'],
    [{ first: 25 }, '公报2023年第2期第25页起'],
  ])('%o reads %s', (pages, label) => {
    expect(printedPagesLabel({ year: 2023, number: 2 }, pages)).toBe(label);
  });
});
