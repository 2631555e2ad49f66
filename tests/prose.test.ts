/**
 * Running text → blocks, on fixtures cut from the gazette (tests/fixtures/prose/<case>/input.txt →
 * output.md): each case goes through clean and layout, then segmentProse, with its options from
 * options.json when the case has one.
 */
import { existsSync, readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { join } from 'node:path';
import { headingMarker, runInLead, segmentProse } from '../scripts/pipeline/5-parse/prose.ts';
import { blockNode, serialize } from '../scripts/pipeline/7-emit/markdown.ts';
import { fixtureTests } from './support/fixtures.ts';
import { printed } from './support/issue.ts';

fixtureTests('prose', 'md', (input, caseDir) => {
  const optionsFile = join(caseDir, 'options.json');
  const options = existsSync(optionsFile) ? JSON.parse(readFileSync(optionsFile, 'utf8')) : {};
  return serialize(
    { fixture: caseDir.split('/').pop() },
    segmentProse(printed(input), options).map((b) => blockNode(b, false)),
  );
});

test.each([
  ['（一）报送时间：每月5日前报送上月进展情况。', '（一）报送时间：'],
  ['（二）每日8:30前报送当日进展情况。各县（市、区）汇总后上报。', '（二）每日8:30前报送当日进展情况。'], // 8:30 is a time, no label's colon
  ['三、强化组织领导。各级各部门要高度重视。', '三、强化组织领导。'],
])('the run-in heading of “%s” is “%s”', (text, lead) => {
  expect(runInLead(text, headingMarker(text)!)).toBe(lead);
});
