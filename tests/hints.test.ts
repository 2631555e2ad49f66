/**
 * An editor's hints (content/source/<id>.hints.yaml): each kind is applied where the pipeline reads
 * that element, and changes the reading it is about. The fixture issue
 * tests/fixtures/metadata/hints/ needs all six; each test leaves one out and compares.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml, stringify } from 'yaml';
import { expect, test } from 'vitest';
import { ingestScratchIssue, SCRATCH } from './support/scratch-issue.ts';
import { IngestError } from '../scripts/lib/messages.ts';
import type { DocumentRecord, Hint } from '../model/schema.ts';

const dir = join(import.meta.dirname, 'fixtures/metadata/hints');
const text = readFileSync(join(dir, 'input.txt'), 'utf8');
const hints = parseYaml(readFileSync(join(dir, 'hints.yaml'), 'utf8')) as Hint[];

/** The records (by 文号) and markdown (by 文号) of the fixture issue ingested with `given` hints. */
function read(given: Hint[]) {
  const result = ingestScratchIssue(text, stringify(given));
  const documents = new Map<string, { record: DocumentRecord; markdown: string }>();
  for (const [path, markdown] of result.files) {
    if (!path.startsWith('documents/')) continue;
    const record = parseYaml(markdown.split(/^---$/m)[1]!) as DocumentRecord;
    documents.set(record.number ?? record.slug, { record, markdown });
  }
  return { documents, warnings: result.log.warnings.map((w) => `${w.line} [${w.rule}]`) };
}

const without = (kind: Hint['kind']) => read(hints.filter((h) => h.kind !== kind));
const all = read(hints);
const NOTICE = '临政办发〔2023〕25号';
const HQ = '临防指发〔2023〕2号';
const JOINT = '临政发〔2023〕18号';

test('a document-start hint ends the previous document before an unrecognised header', () => {
  expect(without('document-start').documents.has(HQ)).toBe(false);
  expect(without('document-start').warnings).toContain('33 [document-start]');
  expect(all.documents.get(NOTICE)!.record.review).toBeUndefined();
  expect(all.documents.get(HQ)!.record.lines[0]).toBe(27);
});

test('a closing hint places the 落款 and gives the issuer and date it prints', () => {
  expect(without('closing').documents.get(HQ)!.record.review).toEqual(['落款：未找到署名和成文日期（源文第81行）']);
  expect(all.documents.get(HQ)!.record).toMatchObject({ issuer: '临汾市人民政府防汛抗旱指挥部', date: '2023-05-29' });
  expect(all.documents.get(HQ)!.record.review).toBeUndefined();
  expect(all.documents.get(HQ)!.markdown).toContain('临汾市人民政府防汛抗旱指挥部\\\n2023年5月29日');
});

test('an issuers hint names the organs of a 联合发文 whose names run together', () => {
  expect(without('issuers').documents.get(JOINT)!.record.issuers).toEqual(['临汾市人民政府国家税务总局', '临汾市税务局']);
  expect(all.documents.get(JOINT)!.record).toMatchObject({
    issuer: '临汾市人民政府',
    issuers: ['临汾市人民政府', '国家税务总局临汾市税务局'],
  });
});

test('a list hint makes its lines list entries', () => {
  expect(without('list').documents.get(HQ)!.markdown).not.toContain('- 堤防险工险段');
  expect(all.documents.get(HQ)!.markdown).toContain('- 堤防险工险段\n- 穿堤建筑物\n- 在建涉河工程');
});

test('a table hint puts the cells printed one a line in its columns', () => {
  expect(without('table').documents.get(HQ)!.markdown).not.toContain('| 序号');
  expect(all.documents.get(HQ)!.markdown).toMatch(/\| 序号 +\| 河段 +\| 责任单位 +\|\n.*\n\| 1 +\| 汾河洪洞段 +\| 洪洞县人民政府 \|/);
});

test('a unit-alias hint links a unit printed in a form the registry does not know, for this issue', () => {
  expect(without('unit-alias').documents.get(NOTICE)!.record.unknownUnits).toEqual(['市规划资源局']);
  expect(all.documents.get(NOTICE)!.record.units).toContain('planning-natural-resources');
});

test('a hint whose line no longer starts with its text is a located error in the hints file', () => {
  const moved = stringify(hints.map((h) => (h.kind === 'list' ? { ...h, line: h.line + 2 } : h)));
  expect(() => ingestScratchIssue(text, moved)).toThrow(IngestError);
  try {
    ingestScratchIssue(text, moved);
  } catch (error) {
    expect(String(error)).toMatch(
      new RegExp(
        `^${SCRATCH.hints}:\\d+: the hint is about line 75, which should start “堤防险工险段” but reads “穿堤建筑物”.*\\[hint-mismatch\\]$`,
      ),
    );
  }
});

test('a hint of an unknown kind is a located error naming the field', () => {
  expect(() => ingestScratchIssue(text, stringify([{ kind: 'heading', line: 1, text: '临汾', reason: 'x' }]))).toThrow(/kind: Invalid/);
});
