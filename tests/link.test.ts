/**
 * The link stage on fixture issues cut from the gazette (tests/fixtures/link/<case>/input.txt →
 * output.json): each case is ingested on its own with the committed unit registry, and every
 * record it yields — documents with their anchors, citations, short forms, 施行/有效期/废止 and
 * units, reform and plan items — is compared with the stored output, with the run's messages.
 * Regenerate with UPDATE=1 npx vitest run tests/link.test.ts, then read the diff.
 */
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ingestText } from './support/issue.ts';
import { fixtureTests } from './support/fixtures.ts';
import { MessageLog } from '../scripts/lib/messages.ts';
import { findCitations, shortForms } from '../scripts/pipeline/6-link/citations.ts';
import { effectiveDate, repealedDocuments, validUntil } from '../scripts/pipeline/6-link/facts.ts';
import { UnitRegistry } from '../model/units.ts';

const registry = UnitRegistry.load(join(import.meta.dirname, '../content/source/units.yaml'));

fixtureTests('link', 'json', (input) => {
  const log = new MessageLog();
  const { documents, items } = ingestText(input, registry, { log });
  const output = { messages: log.messages.map((m) => log.format([m])), documents: documents.map((d) => d.record), items };
  return `${JSON.stringify(output, null, 1)}\n`;
});

describe('citations', () => {
  test.each([
    ['《临汾市城市绿化管理办法》', [{ title: '临汾市城市绿化管理办法' }]],
    ['《关于印发…的通知》（临政办发〔2023〕20号）', [{ title: '关于印发…的通知', number: '临政办发〔2023〕20号' }]],
    ['的请示（临政农〔2023〕10号）收悉', [{ number: '临政农〔2023〕10号' }]],
    ['按规定（无文号）办理', []],
  ])('%s is cited as %j', (text, cited) => {
    expect(findCitations(text)).toEqual(cited);
  });

  test('a short form defined by 以下简称 stands for the full title', () => {
    expect(shortForms('同意《临汾市高标准农田建设规划（2021—2030年）》（以下简称《规划》）。')).toEqual(
      new Map([['规划', '临汾市高标准农田建设规划（2021—2030年）']]),
    );
  });
});

describe('facts', () => {
  test.each([
    ['本办法自2023年6月1日起施行。', '2023-06-01'],
    ['现予公布，自2023年5月1日起施行。', '2023-05-01'],
    ['本通知自印发之日起施行。', '2023-04-03'],
    ['请认真贯彻执行。', undefined],
  ])('%s takes effect on %s (dated 2023-04-03)', (text, date) => {
    expect(effectiveDate(text, '2023-04-03')).toBe(date);
  });

  test.each([
    ['有效期至2028年3月14日。', '2023-03-15', '2028-03-14'],
    ['有效期5年。', '2023-03-09', '2028-03-08'],
    ['有效期为五年。', '2024-02-29', '2029-02-28'],
    ['有效期5年。', undefined, undefined],
  ])('%s from %s lasts until %s', (text, effective, until) => {
    expect(validUntil(text, effective)).toBe(until);
  });

  test('only sentences that repeal name what a document repeals', () => {
    const text = ['本办法自2023年6月1日起施行。《甲》同时废止。参照《乙》执行'];
    const blocks = [{ block: { kind: 'paragraph' as const, text, lines: [] }, part: { kind: 'main' as const, blocks: [] } }];
    expect(repealedDocuments(blocks)).toEqual([{ title: '甲' }]);
  });
});
