/**
 * Fixture folders in the manner of remark: tests/fixtures/<stage>/<case>/input.txt → the stage's
 * output in `output.<ext>`. Outputs are written when missing and rewritten only when asked:
 * UPDATE=1 npx vitest run tests/<stage>.test.ts
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';

export const FIXTURES = join(import.meta.dirname, '../fixtures');

/** One test per case folder of `stage`: `produce(input, caseDir)` must equal the stored output. */
export function fixtureTests(stage: string, ext: string, produce: (input: string, caseDir: string) => string): void {
  const dir = join(FIXTURES, stage);
  test.each(readdirSync(dir).sort())('%s', (name) => {
    const caseDir = join(dir, name);
    const actual = produce(readFileSync(join(caseDir, 'input.txt'), 'utf8'), caseDir);
    const expectedFile = join(caseDir, `output.${ext}`);
    if (process.env.UPDATE || !existsSync(expectedFile)) writeFileSync(expectedFile, actual);
    expect(actual).toBe(readFileSync(expectedFile, 'utf8'));
  });
}
