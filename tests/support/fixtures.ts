/**
 * Fixture folders in the manner of remark: tests/fixtures/<stage>/<case>/input.* → the stage's
 * output in `output.<ext>`. Outputs are written when missing and rewritten only under UPDATE=1:
 * UPDATE=1 npx vitest run tests/<stage>.test.ts, then read the diff.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';

export const FIXTURES = join(import.meta.dirname, '../fixtures');

/** The one refresh rule of every fixture and reference file: UPDATE=1. */
export const UPDATING = process.env.UPDATE === '1';

/** `actual` must equal the stored `file`; the file is written when missing or under UPDATE=1. */
export function expectFixture(file: string, actual: string): void {
  if (UPDATING || !existsSync(file)) writeFileSync(file, actual);
  expect(actual).toBe(readFileSync(file, 'utf8'));
}

/** The case folders under `dir`, sorted. */
export function fixtureCases(dir: string): string[] {
  return readdirSync(dir).sort();
}

/** One test per case folder of `stage`: `produce(input, caseDir)` must equal the stored output. */
export function fixtureTests(stage: string, ext: string, produce: (input: string, caseDir: string) => string): void {
  const dir = join(FIXTURES, stage);
  test.each(fixtureCases(dir))('%s', (name) => {
    const caseDir = join(dir, name);
    expectFixture(join(caseDir, `output.${ext}`), produce(readFileSync(join(caseDir, 'input.txt'), 'utf8'), caseDir));
  });
}
