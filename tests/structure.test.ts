/**
 * Documents read as printed: the emitted block structure of the two documents of the
 * hand-verified sample (tests/reference/structure-sample.json, a copy of
 * shared/reference/structure-sample.json) must match block for block — kind and text.
 * The sample keeps the source's ASCII punctuation, so it goes through the same
 * fullwidth-punctuation normalization as the source; a role label (组长：) that heads its people
 * as a list entry of its own is read together with its first person, as the sample records it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { restoreFullwidthPunctuation } from '../scripts/pipeline/2-clean.ts';
import { expectFixture } from './support/fixtures.ts';
import { ROLE } from '../scripts/pipeline/5-parse/prose.ts';
import { documentStructure, type StructureBlock } from '../scripts/structure.ts';

const root = join(import.meta.dirname, '..');
const sample = JSON.parse(readFileSync(join(root, 'tests/reference/structure-sample.json'), 'utf8')) as Record<string, StructureBlock[]>;
const slugs: Record<string, string> = { '临政办发〔2023〕3号': 'lzbf-2023-3', '临政办函〔2023〕3号': 'lzbh-2023-3' };

function withRolesJoined(blocks: StructureBlock[]): StructureBlock[] {
  const out: StructureBlock[] = [];
  for (const block of blocks) {
    const previous = out[out.length - 1];
    if (previous?.k === 'li' && block.k === 'li' && ROLE.exec(previous.t)?.[0] === previous.t) previous.t += block.t;
    else out.push({ ...block });
  }
  return out;
}

test.each(Object.keys(sample))('%s has the block structure a careful reader records', (number) => {
  const markdown = readFileSync(join(root, `content/documents/${slugs[number]}.md`), 'utf8');
  const expected = sample[number]!.map((b) => ({ k: b.k, t: restoreFullwidthPunctuation(b.t) }));
  expect(withRolesJoined(documentStructure(markdown))).toEqual(expected);
});

/**
 * The structure of all fourteen documents of 2023-02, read against the source line by line when
 * it was recorded (tests/reference/structure-2023-02.json); a change to it must be read again.
 * Regenerate with UPDATE=1 npx vitest run tests/structure.test.ts, then review the diff.
 */
test('every document of issue 2023-02 keeps the structure it was reviewed with', () => {
  const dir = join(root, 'content/documents');
  const actual: Record<string, StructureBlock[]> = {};
  for (const file of readdirSync(dir).sort()) {
    const markdown = readFileSync(join(dir, file), 'utf8');
    if (/^issue: 2023-02$/m.test(markdown)) actual[/^number: (.+)$/m.exec(markdown)![1]!] = documentStructure(markdown);
  }
  const file = join(root, 'tests/reference/structure-2023-02.json');
  expectFixture(file, `${JSON.stringify(actual, null, 1)}\n`);
});
