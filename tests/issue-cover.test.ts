/**
 * An issue that opens as a real one does, with its cover and 目录 (tests/fixtures/issues/2023-11.txt),
 * goes in by the README's steps: the cover and 目录 land in the issue's record and are checked
 * against the documents; a 联合发文, a 部门文件 and a 政策解读 are documents of their own; the tail
 * of a name list stays with its document; a 文号 in a table is a citation.
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { beforeAll, describe, expect, test } from 'vitest';
import { ingest, type IngestResult } from '../scripts/ingest.ts';
import { parseMarkdown } from '../scripts/pipeline/7-emit/markdown.ts';
import { tableOfContents } from '../model/contents.ts';
import type { DocumentRecord, Issue } from '../model/schema.ts';
import { scratchProject } from './support/project.ts';

const root = join(import.meta.dirname, '..');
const fixture = join(root, 'tests/fixtures/issues');
const source = readFileSync(join(fixture, '2023-11.txt'), 'utf8');

/** A fixed corpus, whatever issues are committed: the registries and the fixture issue, its text as given. */
function project(text = source): string {
  const dir = scratchProject({}, { live: false });
  cpSync(join(fixture, '2023-11.yaml'), join(dir, 'content/source/2023-11.yaml'));
  writeFileSync(join(dir, 'content/source/2023-11.txt'), text);
  return dir;
}

const frontmatter = <T>(markdown: string) => parseYaml(parseMarkdown(markdown).yaml) as T;
const documentsOf = (result: IngestResult) =>
  [...result.files]
    .filter(([path]) => path.startsWith('documents/'))
    .map(([, markdown]) => frontmatter<DocumentRecord>(markdown))
    .filter((r) => r.issue === '2023-11')
    .sort((a, b) => a.order - b.order);

let result: IngestResult;
let issue: Issue;
let docs: DocumentRecord[];

beforeAll(() => {
  result = ingest(project());
  issue = frontmatter<Issue>(result.files.get('issues/2023-11.md')!);
  docs = documentsOf(result);
});

test('the issue goes in with no error, conservation of the cover included, and no 目录 warning', () => {
  expect(result.log.format(result.log.errors)).toBe('');
  expect(result.log.warnings.filter((w) => w.rule.startsWith('contents') || w.rule === 'text-before-first-document')).toEqual([]);
});

describe('the cover and 目录', () => {
  test('give the issue record its 期号, 总期号, 主办 and date', () => {
    expect(issue.cover).toMatchObject({
      gazette: '临汾市人民政府公报',
      issueNumber: 11,
      totalNumber: 192,
      sponsor: '临汾市人民政府办公室',
      date: '2023-11-30',
    });
  });

  test('give every 目录 entry its section, title, 文号 and page, wrapped titles joined', () => {
    expect(issue.cover!.contents.map(({ section, title, number, page }) => [section, title, number, page])).toEqual([
      ['市政府文件', '临汾市人民政府临汾市中级人民法院关于建立府院联动机制的意见', '临政发〔2023〕12号', 1],
      ['市政府办公室文件', '临汾市人民政府办公室关于公布市政府规范性文件清理结果的通知', '临政办发〔2023〕9号', 4],
      ['部门文件', '临汾市发展和改革委员会关于印发《临汾市市级政府投资项目管理办法》的通知', '临发改投资发〔2023〕15号', 7],
      ['政策解读', '《临汾市市级政府投资项目管理办法》政策解读', undefined, 11],
    ]);
  });

  test('keep the imprint lines under the 目录 as label and value', () => {
    expect(issue.cover!.imprint.map((i) => i.label)).toEqual(['主管', '主办', '编辑', '地址', '电话', '准印证号']);
    expect(issue.cover!.imprint.at(-1)!.value).toBe('晋临内资字2023第001号');
  });

  test('group the issue page by the 目录 sections, 部门文件 and 政策解读 included', () => {
    expect(tableOfContents(docs, issue.cover!.contents).map((s) => [s.name, s.docs.map((d) => d.order)])).toEqual([
      ['市政府文件', [1]],
      ['市政府办公室文件', [2]],
      ['部门文件', [3]],
      ['政策解读', [4]],
    ]);
  });
});

describe('the documents', () => {
  test('are the four the 目录 lists, in printed order, and nothing else', () => {
    expect(docs.map((d) => [d.number, d.type, d.issuer])).toEqual([
      ['临政发〔2023〕12号', '意见', '临汾市人民政府'],
      ['临政办发〔2023〕9号', '通知', '临汾市人民政府办公室'],
      ['临发改投资发〔2023〕15号', '通知', '临汾市发展和改革委员会'],
      [undefined, '解读', '临汾市发展和改革委员会'],
    ]);
  });

  test('the post wrapped onto the line above the next vertical header ends the name list of the 联合发文', () => {
    const markdown = result.files.get(`documents/${docs[0]!.slug}.md`)!;
    expect(markdown.trimEnd().endsWith('- 王强 市人力资源和社会保障局副局长')).toBe(true);
  });

  test('a 文号 on a line of its own in an annex table is a citation inside its document', () => {
    expect(result.files.get(`documents/${docs[1]!.slug}.md`)!.replace(/\s+/g, '')).toContain(
      '临汾市人民政府关于加强城市绿化管理的通知\\临政发〔2012〕35号',
    );
    expect(docs.some((d) => d.number === '临政发〔2012〕35号')).toBe(false);
  });

  test('the 部门文件 issues the 办法 its title names in 《》', () => {
    expect(docs[2]).toMatchObject({ slug: 'lfgtzf-2023-15', issues: '临汾市市级政府投资项目管理办法' });
  });

  test('the 政策解读 is named after, dated like and linked to the document it interprets', () => {
    expect(docs[3]).toMatchObject({
      slug: 'lfgtzf-2023-15-jd',
      title: '《临汾市市级政府投资项目管理办法》政策解读',
      date: '2023-05-15',
      interprets: { title: '临汾市市级政府投资项目管理办法', target: 'lfgtzf-2023-15' },
    });
  });
});

describe('a cover and 目录 that disagree with the manifest and the documents', () => {
  const lines = source.split('\n');
  const edited = lines
    .map((l) => l.replace('2023 年第 11 期', '2023 年第 12 期'))
    .map((l) => l.replace('理结果的通知(临政办发〔2023〕9 号)………………… 4', '理结果的通告(临政办发〔2023〕9 号)………………… 4'))
    .flatMap((l, i) => (l === '临' && lines[i + 1] === ' ' && lines[i - 2] === '长' ? ['—4—', '', l] : [l]));
  let edit: IngestResult;
  beforeAll(() => {
    edit = ingest(project(edited.join('\n')));
  });
  const warnings = (rule: string) => edit.log.warnings.filter((w) => w.rule === rule).map((w) => `${w.line}: ${w.reason}`);

  test('is a located warning for a title that differs, never an error', () => {
    expect(edit.log.errors).toEqual([]);
    expect(warnings('contents-entry')).toEqual([
      "19: 目录 entry 临政办发〔2023〕9号: its title “临汾市人民政府办公室关于公布市政府规范性文件清理结果的通告” differs from the document's “关于公布市政府规范性文件清理结果的通知”",
    ]);
  });

  test('is a located warning for a 期号 the manifest does not give', () => {
    expect(warnings('cover-number')).toEqual(['1: the cover prints 第12期, the manifest says number 11']);
  });

  test('is a located warning for a page that ended before the document the entry puts on it', () => {
    expect(warnings('contents-page')).toEqual([
      expect.stringMatching(/^19: 目录 entry “.*” gives page 4, but the document starts on line \d+, after page 4 ended$/),
    ]);
  });
});
