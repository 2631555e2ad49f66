/** Where each document is printed (scripts/pipeline/6-link/printed.ts): its pages and its 目录 section from the running heads. */
import { describe, expect, test } from 'vitest';
import type { SourceLine } from '../scripts/pipeline/2-clean.ts';
import { printedPlaces } from '../scripts/pipeline/6-link/printed.ts';

const GOV = '临汾市人民政府';
const OFFICE = '临汾市人民政府办公室';

/**
 * Documents of ten lines each, in order; `heads` gives, per document, the section of a running head
 * printed among its lines (or undefined where none survived).
 */
function issue(docs: [issuer: string, head?: string][]) {
  let head: SourceLine['runningHead'];
  return docs.map(([issuer, section], k) => {
    if (section) head = { section, line: k * 10 + 5 };
    const lines = [1, 10].map((i) => ({ no: k * 10 + i, ...(head ? { runningHead: head } : {}) }) as SourceLine);
    return { issuer, lines };
  });
}

describe('sections from the running heads', () => {
  test.each([
    [
      'every document shows its head',
      [
        [GOV, '市政府文件'],
        [OFFICE, '市政府办公室文件'],
      ],
      ['市政府文件', '市政府办公室文件'],
    ],
    ['documents before the first head are in its section', [[GOV], [GOV], [GOV, '市政府文件']], ['市政府文件', '市政府文件', '市政府文件']],
    [
      'documents after the last head are in its section, whoever signs them',
      [[OFFICE, '市政府办公室文件'], [OFFICE], ['临汾市安全生产委员会办公室']],
      ['市政府办公室文件', '市政府办公室文件', '市政府办公室文件'],
    ],
    [
      'between two sections the change is where the issuing organ changes',
      [[GOV, '市政府文件'], [GOV], [GOV], [OFFICE], [OFFICE], [OFFICE, '市政府办公室文件']],
      ['市政府文件', '市政府文件', '市政府文件', '市政府办公室文件', '市政府办公室文件', '市政府办公室文件'],
    ],
    [
      'between two sections with one organ the change is right before the later head',
      [[GOV, '市政府文件'], [GOV], [GOV, '部门文件']],
      ['市政府文件', '市政府文件', '部门文件'],
    ],
    ['an issue without running heads has no sections', [[GOV], [OFFICE]], [undefined, undefined]],
  ] as [string, [string, string?][], (string | undefined)[]][])('%s', (_what, docs, sections) => {
    expect(printedPlaces(issue(docs)).map((p) => p.section)).toEqual(sections);
  });
});

test('a document lies on the pages from its first line’s earliest to its last line’s latest', () => {
  const line = (no: number, page?: SourceLine['page']) => ({ no, ...(page ? { page } : {}) }) as SourceLine;
  const docs = [
    { issuer: GOV, lines: [line(1, { first: 1, last: 4 }), line(9, { first: 5, last: 5 })] },
    { issuer: GOV, lines: [line(10, { first: 5, last: 5 }), line(20, { first: 6 })] },
    { issuer: GOV, lines: [line(30), line(40)] },
  ];
  expect(printedPlaces(docs).map((p) => p.pages)).toEqual([{ first: 1, last: 5 }, { first: 5 }, undefined]);
});
