/**
 * Running text → blocks, on fixtures cut from the gazette (tests/fixtures/prose/<case>/input.txt →
 * output.md): each case goes through clean and layout, then segmentProse, with its options from
 * options.json when the case has one.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { segmentProse } from '../scripts/pipeline/5-parse/prose.ts';
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
