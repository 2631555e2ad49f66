/**
 * Prose reconstruction on fixtures cut from the gazette: tests/fixtures/prose/<case>/input.txt
 * → output.md, with segmentProse's options from options.json when the case has one. Outputs are
 * regenerated only when asked: UPDATE=1 npx vitest run tests/prose.test.ts
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { cleanSource } from '../scripts/pipeline/2-clean.ts';
import { blockNode, serialize } from '../scripts/pipeline/7-emit/markdown.ts';
import { columnWidth, segmentProse } from '../scripts/pipeline/5-parse/prose.ts';

const dir = join(import.meta.dirname, 'fixtures/prose');

test.each(readdirSync(dir))('%s', (name) => {
  const { lines } = cleanSource(readFileSync(join(dir, name, 'input.txt'), 'utf8'), { gazette: '临汾市人民政府公报' });
  const optionsFile = join(dir, name, 'options.json');
  const options = existsSync(optionsFile) ? JSON.parse(readFileSync(optionsFile, 'utf8')) : {};
  const markdown = serialize({ fixture: name }, segmentProse(lines, columnWidth(lines), options).map((b) => blockNode(b, false)));
  const expectedFile = join(dir, name, 'output.md');
  if (process.env.UPDATE || !existsSync(expectedFile)) writeFileSync(expectedFile, markdown);
  expect(markdown).toBe(readFileSync(expectedFile, 'utf8'));
});
