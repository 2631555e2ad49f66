/**
 * Annex and in-text tables on cuts in the extraction style (tests/fixtures/tables/<case>/input.txt
 * → output.md): the lines go through clean and layout, then the annex table reader when they open
 * with a 序号 header, else the reader of tables printed in the text, with the text around it as
 * prose; the output is the blocks as emitted and the run's warnings. Regenerate with
 * UPDATE=1 npx vitest run tests/tables.test.ts.
 */
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { cleanSource } from '../scripts/pipeline/2-clean.ts';
import { readLayout } from '../scripts/pipeline/3-layout.ts';
import { placeCells, parseSmallTable } from '../scripts/pipeline/5-parse/small-table.ts';
import { segmentProse } from '../scripts/pipeline/5-parse/prose.ts';
import { textTable } from '../scripts/pipeline/5-parse/text-table.ts';
import { blockNode, serialize } from '../scripts/pipeline/7-emit/markdown.ts';
import { MessageLog } from '../scripts/lib/messages.ts';
import { isCounty, UnitRegistry } from '../model/units.ts';
import { fixtureTests } from './support/fixtures.ts';

const registry = UnitRegistry.load(join(import.meta.dirname, '../content/source/units.yaml'));
const counties = registry.units.filter(isCounty).flatMap((u) => [u.name, ...u.aliases]);

fixtureTests('tables', 'md', (input, caseDir) => {
  const log = new MessageLog();
  const lines = readLayout(cleanSource(input, { gazette: '临汾市人民政府公报' }).lines);
  const run = lines[0]!.text.startsWith('序号') ? undefined : textTable('input.txt', lines, log, counties);
  const blocks = lines[0]!.text.startsWith('序号')
    ? parseSmallTable('input.txt', lines, counties, log)
    : run
      ? [...segmentProse(lines.slice(0, run.start)), ...run.blocks, ...segmentProse(lines.slice(run.end))]
      : segmentProse(lines);
  const warnings = log.messages.length ? `\n<!-- ${log.format()} -->\n` : '';
  return (
    serialize(
      { fixture: caseDir.split('/').pop() },
      blocks.map((b) => blockNode(b, true)),
    ) + warnings
  );
});

test.each([
  [
    ['1', '尧都区', '3'],
    ['figure', 'name', 'figure'],
    ['1', '尧都区', '3'],
  ],
  [['洪洞县', '5'], ['name', 'figure', 'figure'], undefined],
  [
    ['12', '5', '7'],
    ['name', 'figure', 'figure', 'figure', 'name'],
    ['', '12', '5', '7', ''],
  ],
  [
    ['尧都区', '3'],
    ['name', 'figure', 'name'],
    ['尧都区', '3', ''],
  ],
] as const)('cells %j fit the columns %j as %j', (cells, kinds, placed) => {
  expect(placeCells(cells, kinds)).toEqual(placed);
});
