/**
 * The editor's report (scripts/pipeline/7-emit/report.ts): per document, its kind, blocks, lists,
 * tables, items, citations, warnings and review list, beside the source. The link stage's fixture
 * issues (tests/fixtures/link/<case>/input.txt → output.report.txt); regenerate with
 * UPDATE=1 npx vitest run tests/report.test.ts, then read the diff.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { ingest } from '../scripts/ingest.ts';
import { MessageLog } from '../scripts/lib/messages.ts';
import { issueReport } from '../scripts/pipeline/7-emit/report.ts';
import { UnitRegistry } from '../model/units.ts';
import { fixtureTests } from './support/fixtures.ts';
import { ingestText, testIssue } from './support/issue.ts';
import { fixtureIssue, ROOT, scratchProject } from './support/project.ts';

const registry = UnitRegistry.load(join(ROOT, 'content/source/units.yaml'));

fixtureTests('link', 'report.txt', (input) => {
  const log = new MessageLog();
  const ingested = ingestText(input, registry, { log });
  return issueReport(ingested, log.messages);
});

test('a record’s review list is shown under its document, and counted', () => {
  const log = new MessageLog();
  const guessed = readFileSync(join(ROOT, 'tests/fixtures/metadata/notice-without-addressees/input.txt'), 'utf8');
  const report = issueReport(ingestText(guessed, registry, { log }), log.messages);
  expect(report).toContain('\n   review:\n     主送机关：文号后未见主送机关（源文第9行）\n');
  expect(report.split('\n')[1]).toMatch(/, 1 to review$/);
});

test('the committed report of every issue is what the ingest writes (run npm run ingest if this fails)', () => {
  const { reports } = ingest(ROOT);
  expect(reports.size).toBeGreaterThan(0);
  for (const [path, text] of reports) expect(readFileSync(join(ROOT, 'content', path), 'utf8'), path).toBe(text);
});

test('npm run ingest ends with the report of a new issue, writes it beside the source, and is silent about it once unchanged', () => {
  const dir = scratchProject({ '2023-04': fixtureIssue('2023-04') }, { live: false });
  const run = () => spawnSync(process.execPath, [join(ROOT, 'scripts/ingest.ts'), `--root=${dir}`], { encoding: 'utf8' });
  const first = run();
  const file = join(dir, 'content/source/2023-04.report.txt');
  expect(first.status).toBe(0);
  expect(existsSync(file)).toBe(true);
  const report = readFileSync(file, 'utf8');
  expect(first.stdout.endsWith(`${report}(also in content/source/2023-04.report.txt)\n`)).toBe(true);
  expect(report).toContain(`1. 临政办发〔2023〕20号 通知 关于加强户外广告设置管理的通知`);
  const second = run();
  expect(second.status).toBe(0);
  expect(second.stdout).not.toContain('临政办发〔2023〕20号');
}, 30_000); // two runs of the CLI: time enough on a loaded machine

test('the report names its issue by its manifest', () => {
  const log = new MessageLog();
  const report = issueReport(ingestText(fixtureIssue('2023-04'), registry, { log }), log.messages);
  expect(report.split('\n')[0]).toBe(
    `${testIssue().title} (${testIssue().id}): what npm run ingest read in content/source/${testIssue().source}`,
  );
});
