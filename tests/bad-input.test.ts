/**
 * Bad input: the CLI exits non-zero with `file:line: message [rule]`, prints no stack trace,
 * and leaves the previous output untouched.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';

const root = join(import.meta.dirname, '..');
const source = readFileSync(join(root, 'content/source/2023-02.txt'), 'utf8').split('\n');

/** A scratch project with the real registry and manifest, the given text and an old output file. */
function project(lines: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'gongbao-bad-'));
  mkdirSync(join(dir, 'content/documents'), { recursive: true });
  cpSync(join(root, 'content/source/units.yaml'), join(dir, 'content/source/units.yaml'));
  cpSync(join(root, 'content/source/2023-02.yaml'), join(dir, 'content/source/2023-02.yaml'));
  writeFileSync(join(dir, 'content/source/2023-02.txt'), lines.join('\n'));
  writeFileSync(join(dir, 'content/documents/previous.md'), 'previous output\n');
  return dir;
}

function runIngest(dir: string) {
  // as `npm run ingest` runs it: Node 24 strips the types itself
  const run = spawnSync(process.execPath, [join(root, 'scripts/ingest.ts'), `--root=${dir}`], { encoding: 'utf8' });
  return { status: run.status, stderr: run.stderr, previous: readFileSync(join(dir, 'content/documents/previous.md'), 'utf8') };
}

/** Source lines are 1-based in messages; `without(n)` drops line n. */
const without = (...numbers: number[]) => source.filter((_, i) => !numbers.includes(i + 1));

test.each([
  ['a truncated file', source.slice(0, 400), /2023-02\.txt:\d+: document 临政发〔2023〕1号: no signature .*truncated \[signature\]/],
  ['a document without 文号', without(3445), /2023-02\.txt:3421: .*unexpected text after the signature.*\[unexpected-text\]/],
  ['a table row without units', without(1763), /2023-02\.txt:1759: reform item 1: measures .* have no responsible unit .*\[table-row-without-units\]/],
  ['a unit the registry does not know', source.map((l, i) => (i === 1762 ? '市未知局' : l)), /2023-02\.txt:1759: reform item 1: .*no responsible unit \(责任单位\) that the unit registry knows/],
  ['an unknown layout before the first document', ['这是一段来历不明的说明文字', '', ...source], /2023-02\.txt:1: unrecognised layout: text before the first document header.*\[text-before-first-document\]/],
  ['a table whose header names an unknown column', source.map((l, i) => (i === 4123 ? '序号 企业名称 所在县 项目名称 投资额' : l)), /2023-02\.txt:4124: unknown table layout.*\[table-layout\]/],
])('%s fails with a located message and keeps the previous output', (_name, lines, message) => {
  const { status, stderr, previous } = runIngest(project(lines));
  expect(status).toBe(1);
  expect(stderr).toMatch(message);
  expect(stderr).not.toMatch(/\n\s+at /);
  expect(previous).toBe('previous output\n');
});
