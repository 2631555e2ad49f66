/**
 * Bad input: the CLI exits non-zero with `file:line: message [rule]`, prints no stack trace,
 * and leaves the previous output untouched.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, vi } from 'vitest';
import { tempDir } from './support/temp.ts';

vi.setConfig({ testTimeout: 30_000 }); // each test runs a whole ingest through the CLI, on a shared machine

const root = join(import.meta.dirname, '..');
const source = readFileSync(join(root, 'content/source/2023-02.txt'), 'utf8').split('\n');

const registry = readFileSync(join(root, 'content/source/units.yaml'), 'utf8');

/** A scratch project with the registry (the real one unless given) and manifest, the given text and an old output file. */
function project(lines: string[], units = registry): string {
  const dir = tempDir('gongbao-bad');
  mkdirSync(join(dir, 'content/documents'), { recursive: true });
  mkdirSync(join(dir, 'content/source'), { recursive: true });
  writeFileSync(join(dir, 'content/source/units.yaml'), units);
  cpSync(join(root, 'content/source/2023-02.yaml'), join(dir, 'content/source/2023-02.yaml'));
  writeFileSync(join(dir, 'content/source/2023-02.txt'), lines.join('\n'));
  writeFileSync(join(dir, 'content/documents/previous.md'), 'previous output\n');
  return dir;
}

function runIngest(dir: string) {
  // as `npm run ingest` runs it: Node 24 strips the types itself
  const run = spawnSync(process.execPath, [join(root, 'scripts/ingest.ts'), `--root=${dir}`], { encoding: 'utf8' });
  const previous = join(dir, 'content/documents/previous.md');
  return {
    status: run.status,
    stdout: run.stdout,
    stderr: run.stderr,
    previous: existsSync(previous) ? readFileSync(previous, 'utf8') : undefined,
  };
}

/** Source lines are 1-based in messages; `without(n)` drops line n. */
const without = (...numbers: number[]) => source.filter((_, i) => !numbers.includes(i + 1));

/** Line n of the source (1-based) replaced by `text`. */
const replaced = (n: number, text: string) => source.map((l, i) => (i === n - 1 ? text : l));
const registryLine = (slug: string) => registry.split('\n').findIndex((l) => l.includes(`slug: ${slug},`)) + 1;

test.each([
  [
    'two annexes numbered alike, whose anchors would collide',
    replaced(4120, ' 附件 1'),
    registry,
    /2023-02\.txt:4120: two blocks would both be anchored #annex1.*\[duplicate-anchor\]/,
  ],
  [
    'a unit registry entry of an unknown kind',
    source,
    registry.replace(
      '{ slug: finance, name: 市财政局, official: 临汾市财政局, kind: 市直部门 }',
      '{ slug: finance, name: 市财政局, kind: 财政 }',
    ),
    new RegExp(`units\\.yaml:${registryLine('finance')}: invalid unit: kind: .*\\[unit-registry\\]`),
  ],
  [
    'two registry entries claiming one name',
    source,
    registry.replace(
      '{ slug: finance, name: 市财政局, official: 临汾市财政局, kind: 市直部门 }',
      '{ slug: finance, name: 市财政局, aliases: [市司法局], kind: 市直部门 }',
    ),
    /units\.yaml:\d+: unit name 市司法局 is listed for both .*\[unit-registry\]/,
  ],
])('%s fails with a located message and keeps the previous output', (_name, lines, units, message) => {
  const { status, stderr, previous } = runIngest(project(lines, units));
  expect(status).toBe(1);
  expect(stderr).toMatch(message);
  expect(stderr).not.toMatch(/\n\s+at /);
  expect(previous).toBe('previous output\n');
});

test.each([
  [
    'a truncated file',
    source.slice(0, 400),
    /2023-02\.txt:399: warning: document 临政发〔2023〕1号: no signature .*read to the end as text \[signature\]/,
    'lzf-2023-1',
    '落款：未找到署名和成文日期（源文第399行）',
  ],
  [
    'a document without 文号',
    without(3445),
    /2023-02\.txt:3421: warning: .*unexpected text after the signature.*expected a 附件 heading.*\[unexpected-text\]/,
    'lzh-2023-4',
    '落款后的文字：既非所印发文件的标题，也非附件（源文第3421行）',
  ],
  [
    'a table row without units',
    without(1763),
    /2023-02\.txt:1759: warning: .*reform item 1: measures .* have no responsible unit .*kept line by line \[table-row-without-units\]/,
    'lzf-2023-2',
    '改革事项表：行与列无法对应（源文第1759行）',
  ],
  [
    'a reform list that declares more items than it holds',
    replaced(1745, '(共 105 条改革事项,标∗的为贯彻落实'),
    /2023-02\.txt:\d+: warning: document 临政发〔2023〕2号: 临汾市营商环境创新提升改革事项清单 declares 105 items but 104 were read \[declared-count\]/,
    'lzf-2023-2',
    '临汾市营商环境创新提升改革事项清单：标明共105条，读出104条',
  ],
  [
    'a notice without its 主送 line',
    without(5, 7),
    /2023-02\.txt:8: warning: document 临政发〔2023〕1号: no addressee line .*a 通知 always has one \[addressees\]/,
    'lzf-2023-1',
    '主送机关：文号后未见主送机关（源文第8行）',
  ],
])(
  '%s is emitted with its best reading, a located warning and a review entry',
  (_name, lines, warning, slug, entry) => {
    const dir = project(lines);
    const { status, stderr } = runIngest(dir);
    expect(status).toBe(0);
    expect(stderr).toMatch(warning);
    const record = readFileSync(join(dir, `content/documents/${slug}.md`), 'utf8');
    expect(record).toContain(`review:\n  - ${entry}`);
  },
  30_000,
); // a whole ingest by the CLI: slow on a loaded machine
test('text before the first document that is neither cover nor 目录 is kept in the issue record, with a located warning, and the run goes on', () => {
  const dir = project(['这是一段来历不明的说明文字', '', ...source]);
  const { status, stderr } = runIngest(dir);
  expect(status).toBe(0);
  expect(stderr).toMatch(
    /2023-02\.txt:1: warning: text before the first document that is neither the cover nor the 目录 .*\[text-before-first-document\]/,
  );
  expect(readFileSync(join(dir, 'content/issues/2023-02.md'), 'utf8')).toContain('printed:\n    - 这是一段来历不明的说明文字\n');
});

test('a file with no 文号 anywhere is no gazette issue: refused with a located message', () => {
  const { status, stderr, previous } = runIngest(project(source.filter((l) => !/〔\s*\d{4}\s*〕/.test(l))));
  expect(status).toBe(1);
  expect(stderr).toMatch(/2023-02\.txt:\d+: no document number \(文号\) line found.*\[no-documents\]/);
  expect(previous).toBe('previous output\n');
});

test('a table whose columns cannot be told is kept line by line under a note, with a located warning, and the run goes on', () => {
  const dir = project(replaced(4124, '序号 企业名称 所在县 项目名称 投资额'));
  const { status, stdout, stderr } = runIngest(dir);
  expect(status).toBe(0);
  expect(stderr).toMatch(
    /2023-02\.txt:41\d\d: warning: table “序号企业名称所在县项目名称投资额”: .*kept line by line as printed, under a note \[table-columns\]/,
  );
  expect(stdout).toMatch(/\d+ warnings? \(.*\b1 table-columns\b.*\)/);
  const annex = readFileSync(join(dir, 'content/documents/lzbf-2023-2.md'), 'utf8');
  expect(annex).toContain('> 注：本表各列无法从公报文本中确定');
  expect(annex).toContain('5 圣鑫焦化有限公司 安泽县\\\n160 万吨 / 年 7 米顶装\\\n');
}, 30_000); // a whole ingest by the CLI: slow on a loaded machine
