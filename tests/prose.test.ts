/**
 * Prose reconstruction on fixtures cut from the gazette: tests/fixtures/prose/<case>/input.txt
 * → output.md. Outputs are regenerated only when asked: UPDATE=1 npx vitest run tests/prose.test.ts
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { cleanSource } from '../scripts/lib/clean.ts';
import { blockNode, serialize } from '../scripts/lib/markdown.ts';
import { columnWidth, segmentProse } from '../scripts/lib/prose.ts';

const dir = join(import.meta.dirname, 'fixtures/prose');

test.each(readdirSync(dir))('%s', (name) => {
  const { lines } = cleanSource(readFileSync(join(dir, name, 'input.txt'), 'utf8'), { gazette: '临汾市人民政府公报' });
  const markdown = serialize({ fixture: name }, segmentProse(lines, columnWidth(lines)).map((b) => blockNode(b, false)));
  const expectedFile = join(dir, name, 'output.md');
  if (process.env.UPDATE || !existsSync(expectedFile)) writeFileSync(expectedFile, markdown);
  expect(markdown).toBe(readFileSync(expectedFile, 'utf8'));
});
