/**
 * The extraction generator (tests/support/extraction.ts): calibrated against 2023-02's own figures,
 * deterministic by seed, and the source of the realistic fixture issues 2023-05, 2023-06 and 2023-07
 * (`UPDATE=1` rewrites them; otherwise they must be exactly what it lays out).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { lineWidth } from '../scripts/pipeline/3-layout.ts';
import { toFullwidthPunctuation } from '../model/punctuation.ts';
import { loadCorpus } from './support/corpus.ts';
import {
  extractionSpelling,
  KINDS,
  layOutDocument,
  layOutDocuments,
  layOutIssue,
  measureExtraction,
  PROFILE_2023_02,
  Random,
  spellNumber,
  wrap,
  type ExtractionFigures,
} from './support/extraction.ts';
import { cleanIssue, expectedReading, FIXTURE_ISSUES, FIXTURE_PROFILE, manifest } from './support/fixture-issues.ts';

const root = join(import.meta.dirname, '..');
const corpus = loadCorpus();
const documents = [...corpus.values()];

/** 2023-02's figures, as recorded in tests/support/extraction.md. */
const FIGURES_2023_02: ExtractionFigures = {
  textLines: 3239,
  blankAfter: 0.66,
  marksPer100: 5.9,
  fragmentsPer100: 1,
  pageBreaks: 49,
  furnitureShare: 0.04,
  asciiShare: 1,
  column: 21,
  fullLineShare: 0.56,
  spacedNumbers: 1,
  linesPerPage: 70,
};

describe('calibration against content/source/2023-02.txt', () => {
  test('2023-02 measures as recorded in tests/support/extraction.md', () => {
    expect(measureExtraction(readFileSync(join(root, 'content/source/2023-02.txt'), 'utf8'))).toEqual(FIGURES_2023_02);
  });

  test('the corpus laid out over five seeds measures like 2023-02', () => {
    const text = [1, 2, 3, 4, 5].map((seed) => layOutDocuments(documents, { seed })).join('');
    const figures = measureExtraction(text);
    expect(figures.column).toBe(FIGURES_2023_02.column);
    expect(figures.asciiShare).toBe(FIGURES_2023_02.asciiShare);
    expect(figures.spacedNumbers).toBe(FIGURES_2023_02.spacedNumbers);
    expect(Math.abs(figures.blankAfter - FIGURES_2023_02.blankAfter)).toBeLessThanOrEqual(0.05);
    expect(Math.abs(figures.marksPer100 - FIGURES_2023_02.marksPer100)).toBeLessThanOrEqual(1.5);
    expect(Math.abs(figures.fragmentsPer100 - FIGURES_2023_02.fragmentsPer100)).toBeLessThanOrEqual(0.5);
    expect(Math.abs(figures.fullLineShare - FIGURES_2023_02.fullLineShare)).toBeLessThanOrEqual(0.05);
    expect(Math.abs(figures.linesPerPage - FIGURES_2023_02.linesPerPage)).toBeLessThanOrEqual(5);
    expect(figures.furnitureShare).toBeLessThanOrEqual(0.15);
  });
});

describe('laying text out', () => {
  test.each([
    ['全市 2023 年', '全市2023年'],
    ['(市、区)', '（市、区）'],
    ['4. 3 米', '4.3米'],
    ['第 8 号', '第8号'],
    ['1. 临汾市', '1.临汾市'],
  ])('the extraction spells %s for %s', (extracted, clean) => {
    expect(extractionSpelling(clean, new Random(1), PROFILE_2023_02)).toBe(extracted);
  });

  test.each([
    ['临政发〔2023〕1号', '临政发〔2023〕1 号', 0],
    ['临政发〔2023〕5号', '临政发〔 2023〕 5 号', 1],
    ['临汾市人民政府令第10号', '第 10 号', 0],
  ])('a 文号 %s is printed %s', (number, printed, spaced) => {
    expect(spellNumber(number, new Random(1), { ...PROFILE_2023_02, spacedNumber: spaced })).toBe(printed);
  });

  test('a wrapped paragraph fills the column: its first line two characters short, punctuation hanging at most ½ em', () => {
    const paragraph = corpus.get('joint-opinion')!.blocks[0] as { text: string };
    const text = extractionSpelling(paragraph.text, new Random(1), PROFILE_2023_02);
    const lines = wrap(text, 22, 2);
    expect(lines.length).toBeGreaterThan(3);
    expect(lineWidth(lines[0]!)).toBeLessThanOrEqual(20.5);
    for (const line of lines.slice(1, -1)) expect(lineWidth(line)).toBeGreaterThan(20.5);
    for (const line of lines.slice(1)) expect(lineWidth(line)).toBeLessThanOrEqual(22.5);
    expect(lines.join('').replace(/ /g, '')).toBe(text.replace(/ /g, ''));
  });

  test('the same seed lays the same text out, another seed another', () => {
    const doc = corpus.get('minutes')!;
    expect(layOutDocument(doc, { seed: 7 })).toBe(layOutDocument(doc, { seed: 7 }));
    expect(layOutDocument(doc, { seed: 7 })).not.toBe(layOutDocument(doc, { seed: 8 }));
  });

  test('a vertical header prints one character a line, a one-space line after each but the last', () => {
    const text = layOutDocument(corpus.get('joint-opinion')!, { seed: 1 });
    expect(text.startsWith('临\n \n\n汾\n \n\n市\n \n\n人\n \n\n民\n \n\n政\n \n\n府\n \n\n临\n \n\n汾\n')).toBe(true);
  });

  test('a page break prints the page number and the running head, or opens the next page with a space', () => {
    const long = { ...PROFILE_2023_02, pageLines: 10 };
    const withFurniture = layOutDocuments(documents, { seed: 3, profile: { ...long, furniture: 1 } });
    expect(withFurniture).toMatch(/\n—1—\n\n9 \/ 2023　 临汾市人民政府公报(　 )+·市政府文件·　\n/);
    expect(withFurniture).toMatch(/\n—2—\n\n　 ·市政府文件·(　 )+9 \/ 2023　 临汾市人民政府公报\n/);
    const without = layOutDocuments(documents, { seed: 3, profile: { ...long, furniture: 0 } });
    expect(without).not.toMatch(/—\d+—/);
    expect(without.match(/^ \S/gm)!.length).toBeGreaterThan(10);
  });

  test('a table running across a page break prints its header row again, opening with a space', () => {
    const text = layOutDocument(corpus.get('notice-table')!, { seed: 2, profile: { ...PROFILE_2023_02, pageLines: 12, furniture: 1 } });
    expect(text.match(/^ 序号 县\(市、区\) 小区个数/gm)!.length).toBeGreaterThan(0);
  });
});

/** Text with its layout taken away: page furniture, repeated table headers, whitespace; punctuation full-width. */
function printedCharacters(text: string): string {
  const content = text
    .split('\n')
    .filter((line) => !/^—\d+—$/.test(line) && !/临汾市人民政府公报/.test(line) && !/^ 序号|^ 姓名|^ 指标/.test(line))
    .join('');
  return toFullwidthPunctuation(content).replace(/\s+/g, '');
}

describe('the layout loses and adds nothing', () => {
  test.each(documents.map((d) => [d.id, d] as const))(
    '%s: every paragraph, heading and list entry is printed, in order, for any seed',
    (_id, doc) => {
      const texts = [...doc.blocks, ...(doc.annexes ?? []).flatMap((a) => a.blocks)].flatMap((b) =>
        b.type === 'paragraph' || b.type === 'heading' ? [b.text] : b.type === 'list' ? b.items : [],
      );
      fc.assert(
        fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), fc.constantFrom(12, 70), (seed, pageLines) => {
          const printed = printedCharacters(layOutDocument(doc, { seed, profile: { ...PROFILE_2023_02, pageLines, furniture: 0.5 } }));
          let from = 0;
          for (const text of texts) {
            const at = printed.indexOf(toFullwidthPunctuation(text).replace(/\s+/g, ''), from);
            expect(at, text).toBeGreaterThanOrEqual(from);
            from = at + 1;
          }
        }),
        { seed: 20230509, numRuns: 5 },
      );
    },
  );
});

describe('the corpus (tests/fixtures/corpus)', () => {
  test('holds at least 30 documents, each citing the public documents its wording comes from', () => {
    expect(documents.length).toBeGreaterThanOrEqual(30);
    for (const doc of documents) expect(doc.sources.length, doc.id).toBeGreaterThan(0);
  });

  test('covers the 15 kinds of 公文', () => {
    expect(new Set(documents.map((d) => d.kind))).toEqual(new Set([...KINDS, '政策解读']));
  });
});

describe.each(FIXTURE_ISSUES)('fixture issue $id', (fixture) => {
  const dir = join(root, 'tests/fixtures/issues');
  const issue = cleanIssue(fixture, corpus);
  const { text, contents } = layOutIssue(issue, { seed: fixture.seed, profile: FIXTURE_PROFILE });
  const files: [string, string][] = [
    [`${fixture.id}.txt`, text],
    [`${fixture.id}.yaml`, manifest(fixture)],
    [`${fixture.id}.expected.json`, `${JSON.stringify(expectedReading(fixture, issue, contents), null, 2)}\n`],
  ];
  if (process.env.UPDATE) for (const [file, content] of files) writeFileSync(join(dir, file), content);

  test.each(files)('%s is what the generator lays out (UPDATE=1 rewrites it)', (file, content) => {
    expect(existsSync(join(dir, file))).toBe(true);
    expect(readFileSync(join(dir, file), 'utf8')).toBe(content);
  });

  test('opens with its cover and 目录, prints page furniture and a vertical header', () => {
    expect(text.startsWith('临汾市人民政府公报\n\n2023 年第')).toBe(true);
    expect(text).toContain('目　 录');
    expect(text).toMatch(/^准印证号:/m);
    expect(text).toMatch(/^—\d+—$/m);
    expect(text).toMatch(/^\d+ \/ 2023　 临汾市人民政府公报(　 )+·[^·]+·　$|^　 ·[^·]+·(　 )+\d+ \/ 2023　 临汾市人民政府公报$/m);
    expect(text).toMatch(/^临\n \n\n汾\n/m);
  });
});
