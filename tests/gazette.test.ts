/**
 * The real gazette, 临汾市人民政府公报 2023 No. 2, against facts read off the source by hand
 * (tests/reference/ and ../shared/reference/). Every fact is asserted of issue 2023-02 by its id,
 * so the tests keep passing as issues are added to the corpus.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { beforeAll, describe, expect, test } from 'vitest';
import { ingest, type IngestResult } from '../scripts/ingest.ts';
import { staleFiles } from '../scripts/pipeline/7-emit/emit.ts';
import type { DocumentRecord, ItemRecord } from '../model/schema.ts';
import { toAsciiPunctuation } from '../model/punctuation.ts';

const root = join(import.meta.dirname, '..');
let result: IngestResult;
let documents: DocumentRecord[];
let items: ItemRecord[];
const frontmatter = <T>(md: string) => parseYaml(md.split(/^---$/m)[1]!) as T;
/** Reference files keep the extraction's ASCII punctuation; compare without whitespace, punctuation folded. */
const fold = (s: string) => toAsciiPunctuation(s.replace(/\s+/g, ''));

beforeAll(() => {
  result = ingest(root);
  const ofIssue = <T extends { issue: string }>(prefix: string) =>
    [...result.files]
      .filter(([p]) => p.startsWith(prefix))
      .map(([, md]) => frontmatter<T>(md))
      .filter((r) => r.issue === '2023-02');
  documents = ofIssue<DocumentRecord>('documents/').sort((a, b) => a.order - b.order);
  items = ofIssue<ItemRecord>('items/');
});

test('the ingest reports no error, conservation included', () => {
  expect(result.log.format(result.log.errors)).toBe('');
});

test('the organs 2023-02 names outside its reform table are known units, linked from the documents that name them; none is reported unknown', () => {
  const warnings = result.log.warnings.filter((m) => m.file.endsWith('2023-02.txt'));
  expect(warnings.map((m) => m.rule)).toEqual([]);
  expect(documents.filter((d) => d.unknownUnits)).toEqual([]);
  const units = new Map(documents.map((d) => [d.number, d.units]));
  expect(units.get('临政办发〔2023〕2号')).toContain('political-legal-affairs'); // 市委政法委
  expect(units.get('临政办函〔2023〕1号')).toContain('work-resumption-task-force'); // 市工作 / 专班办公室, broken by a line
  expect(units.get('临政办函〔2023〕3号')).toEqual(expect.arrayContaining(['government-offices', 'poverty-alleviation-center']));
  expect(units.get('临政办函〔2023〕5号')).toContain('municipal-utilities-center'); // 市市政公 / 用服务中心
});

test('issue 2023-02: all 14 documents come out with their exact 文号, issuer, date and title', () => {
  const gov = '临汾市人民政府';
  const office = '临汾市人民政府办公室';
  expect(documents.map((d) => [d.number, d.issuer, d.date, d.title])).toEqual([
    ['临政发〔2023〕1号', gov, '2023-01-31', '关于做好2023年安全生产工作的通知'],
    ['临政发〔2023〕2号', gov, '2023-02-03', '关于印发临汾市营商环境创新提升行动方案的通知'],
    ['临政函〔2023〕4号', gov, '2023-02-08', '关于临汾市高标准农田建设规划\uff082021—2030年\uff09的批复'],
    ['临政函〔2023〕5号', gov, '2023-02-20', '关于尧都区“9·6”较大道路交通事故调查报告的批复'],
    ['临政办发〔2023〕2号', office, '2023-02-02', '关于印发临汾市推动焦化行业高质量发展实施方案的通知'],
    ['临政办发〔2023〕3号', office, '2023-02-20', '关于印发临汾市2023年度清理“批而未用”土地专项行动实施方案的通知'],
    ['临政办函〔2023〕1号', office, '2023-01-08', '关于成立临汾市加快复工复产工作专班的通知'],
    ['临政办函〔2023〕2号', office, '2023-01-18', '关于成立黄河古贤水利枢纽工程推进工作临汾专班的通知'],
    ['临政办函〔2023〕3号', office, '2023-01-18', '关于成立临汾市充\uff08换\uff09电基础设施建设工作专班的通知'],
    ['临政办函〔2023〕4号', office, '2023-02-13', '关于成立中部引黄县县域配套工程临汾工作专班的通知'],
    ['临政办函〔2023〕5号', office, '2023-02-09', '关于变更临汾市规划三街南段项目部法定代表人的通知'],
    ['临政办函〔2023〕6号', office, '2023-02-20', '关于推进中小流域灾害防御气象保障示范基地建设的通知'],
    ['临政办函〔2023〕7号', office, '2023-02-27', '关于进一步做好根治全市城市公交行业欠薪欠保工作的通知'],
    ['临政办函〔2023〕8号', office, '2023-02-27', '关于加强全市政府专职消防队伍建设管理工作的通知'],
  ]);
});

test('document types, addressees, disclosure and attachments are read as printed', () => {
  const byNumber = new Map(documents.map((d) => [d.number, d]));
  expect(documents.filter((d) => d.type === '批复').map((d) => d.number)).toEqual(['临政函〔2023〕4号', '临政函〔2023〕5号']);
  expect(byNumber.get('临政函〔2023〕5号')!.addressees).toEqual(['市应急管理局']);
  expect(byNumber.get('临政发〔2023〕1号')!.addressees).toEqual([
    '各县\uff08市、区\uff09人民政府',
    '临汾经济开发区管委会',
    '市直各室、委、局',
    '直属事业单位',
  ]);
  expect(byNumber.get('临政办函〔2023〕5号')!.addressees).toEqual(['市城市管理局', '市住建局', '临汾市规划三街南段项目部']);
  expect(documents.every((d) => d.disclosure === '此件公开发布')).toBe(true);
  expect(byNumber.get('临政发〔2023〕2号')!.attachments.map((a) => a.title)).toEqual(['临汾市营商环境创新提升改革事项清单']);
  expect(byNumber.get('临政办发〔2023〕2号')!.attachments).toEqual([
    { no: 1, title: '临汾市推动焦化行业高质量发展领导小组', anchor: 'annex1' },
    { no: 2, title: '规划布局的先进产能大机焦项目', anchor: 'annex2' },
    { no: 3, title: '已上大关小的4.3米焦炉', anchor: 'annex3' },
    { no: 4, title: '未上大关小的4.3米焦炉', anchor: 'annex4' },
  ]);
});

describe('reform items of 临汾市营商环境创新提升改革事项清单', () => {
  const reformItems = () => items.filter((i) => i.document === '临政发〔2023〕2号').sort((a, b) => a.no - b.no);

  test('there are 104, numbered 1 to 104, 57 of them marked ∗', () => {
    expect(reformItems().map((i) => i.no)).toEqual(Array.from({ length: 104 }, (_, k) => k + 1));
    expect(reformItems().filter((i) => i.national)).toHaveLength(57);
  });

  test('every item matches the hand-verified reference: name, ∗, every sub-row with measures and units', () => {
    const reference = JSON.parse(readFileSync(join(root, 'tests/reference/reform-items.json'), 'utf8')) as ItemRecord[];
    const shared = join(root, '../shared/reference/reform-items-sample.json');
    const sample = existsSync(shared) ? (JSON.parse(readFileSync(shared, 'utf8')) as ItemRecord[]) : [];
    const comparable = (i: Pick<ItemRecord, 'no' | 'national' | 'name' | 'rows'>) => ({
      no: i.no,
      national: i.national,
      name: fold(i.name),
      rows: i.rows.map((r) => ({ measures: fold(r.measures), units: r.units.map(fold) })),
    });
    const actual = new Map(reformItems().map((i) => [i.no, comparable(i)]));
    for (const expected of [...reference, ...sample]) expect(actual.get(expected.no)).toEqual(comparable(expected));
  });

  test.each([
    [4, 2],
    [7, 3],
    [23, 2],
    [30, 5],
    [57, 2],
    [69, 2],
    [76, 2],
    [77, 3],
    [85, 2],
    [95, 2],
  ])('item %i has %i sub-rows, each with its own units', (no, rows) => {
    const item = reformItems().find((i) => i.no === no)!;
    expect(item.rows).toHaveLength(rows);
    expect(item.rows.every((r) => r.units.length > 0)).toBe(true);
  });

  test('the ten multi-row items are the only ones', () => {
    expect(
      reformItems()
        .filter((i) => i.rows.length > 1)
        .map((i) => i.no),
    ).toEqual([4, 7, 23, 30, 57, 69, 76, 77, 85, 95]);
  });

  test('a measure and its units sharing one printed line are told apart (item 93)', () => {
    const item = reformItems().find((i) => i.no === 93)!;
    expect(item.rows).toEqual([
      {
        measures: '探索在民用和低风险工业建筑工程领域推行建筑师负责制。',
        units: ['市住建局', '各县\uff08市、区\uff09人民政府'],
        slugs: ['housing-urban-rural', 'all-counties'],
        roles: ['lead', 'support'],
      },
    ]);
  });

  test('a cell cut by a page gap stays one cell (item 60: 依托省“互联网+监管”系统)', () => {
    expect(
      reformItems()
        .find((i) => i.no === 60)!
        .rows[0]!.measures.startsWith('依托省“互联网+监管”系统'),
    ).toBe(true);
  });

  test('the first-listed unit of each sub-row leads, the others support; 各县(市、区)人民政府 is one unit', () => {
    const item4 = reformItems().find((i) => i.no === 4)!;
    expect(item4.lead).toEqual(['justice', 'anze']);
    expect(item4.support).toEqual(['approval-service', 'all-counties']);
    expect(item4.units).toEqual(['justice', 'approval-service', 'all-counties', 'anze']);
  });

  test('aliases resolve to one canonical unit (市交通局 → transport, 市市场监管局 → market-regulation)', () => {
    expect(reformItems().find((i) => i.no === 24)!.lead).toEqual(['transport']);
    expect(reformItems().find((i) => i.no === 1)!.units).toEqual(['market-regulation']);
  });

  test('each item records where its first row stands in the annex table (item 4 after three one-row items)', () => {
    expect(reformItems().find((i) => i.no === 4)!.tableRow).toEqual({ table: 'annex1-p3', index: 3 });
    expect(reformItems().find((i) => i.no === 5)!.tableRow).toEqual({ table: 'annex1-p3', index: 5 });
  });

  test('items that share a name with a numbered task of the plan link to it', () => {
    const item7 = reformItems().find((i) => i.no === 7)!;
    expect(item7.task).toEqual({ no: 5, title: '5.开展极简审批行动。', anchor: 'plan-s3-2-5' });
    expect(reformItems().filter((i) => i.task).length).toBeGreaterThanOrEqual(15);
  });
});

describe('推进举措 of the coke plan (临政办发〔2023〕2号)', () => {
  const planItems = () => items.filter((i) => i.document === '临政办发〔2023〕2号').sort((a, b) => a.no - b.no);

  test('all 12 become items with their responsibility clause', () => {
    expect(planItems().map((i) => i.no)).toEqual(Array.from({ length: 12 }, (_, k) => k + 1));
    expect(planItems().every((i) => i.responsibility?.startsWith('\uff08'))).toBe(true);
  });

  test('lead and implementing units are told apart', () => {
    const first = planItems()[0]!;
    expect(first.name).toBe('实施“三改造”“两运行”“三同时”工程');
    expect(first.lead).toEqual(['energy', 'ecology-environment', 'emergency-management', 'industry-it', 'state-grid-linfen']);
    expect(first.implement).toEqual(['hongtong', 'guxian', 'anze', 'quwo', 'yicheng', 'fushan']);
    expect(planItems()[2]!.lead).toEqual([]);
    expect(planItems()[3]!.lead).toEqual(['industry-it']);
  });

  test('a measure that only names 具体落实 units has no lead: its units implement (临政办发〔2023〕2号 measure 3)', () => {
    expect(planItems()[2]!.rows[0]).toMatchObject({
      units: ['襄汾县', '曲沃县', '古县', '安泽县人民政府'],
      roles: ['implement', 'implement', 'implement', 'implement'],
    });
    expect(planItems()[2]!.implement).toEqual(['xiangfen', 'quwo', 'guxian', 'anze']);
  });
});

test('citations by 文号 are kept as structured external citations', () => {
  const plan = documents.find((d) => d.number === '临政发〔2023〕2号')!;
  expect(plan.citations).toContainEqual(expect.objectContaining({ number: '晋政办发〔2022〕90号', title: '山西省“一业一证”改革实施方案' }));
  expect(plan.citations.find((c) => c.number === '晋政发〔2022〕16号')).toBeDefined();
});

test('a short form (以下简称《规划》) cites the document it stands for, not a document called 规划', () => {
  const reply = documents.find((d) => d.number === '临政函〔2023〕4号')!;
  expect(reply.citations.filter((c) => c.title === '规划')).toEqual([]);
  const uses = reply.citations.filter((c) => c.shortForm === '规划');
  expect(uses.map((c) => c.anchor)).toEqual(['p4', 'p5', 'p6', 'p8']);
  for (const use of uses) expect(use.title).toBe('临汾市高标准农田建设规划（2021—2030年）');
});

test('a county named inside a company (山西地方电力有限公司蒲县分公司) is not a mention of its government', () => {
  const taskForce = documents.find((d) => d.number === '临政办函〔2023〕3号')!;
  expect(taskForce.counties).toEqual([]);
  expect(taskForce.units).not.toContain('puxian');
});

test('the small comma ﹐ of the extraction is folded to ，, and no other presentation form survives', () => {
  const text = [...result.files.values()].join('');
  expect(text).not.toMatch(/[\uFE10-\uFE19\uFE30-\uFE6F]/);
  const fireBrigades = result.files.get('documents/lzbh-2023-8.md')!;
  expect(fireBrigades).toContain('队伍以外，由各级人民政府组建的专职消防队伍。');
});

test('every notice closes with its 落款 as a closing block, outside its last section', () => {
  for (const d of documents) {
    expect(d.blocks, d.number).toContainEqual({ anchor: 'closing', kind: 'closing' });
    const md = result.files.get(`documents/${d.slug}.md`)!;
    expect(md, d.number).toContain(`${d.issuer}\\\n${d.date.slice(0, 4)}年`);
  }
});

test('anchors are unique within each document and one per block', () => {
  for (const d of documents) expect(new Set(d.blocks.map((b) => b.anchor)).size).toBe(d.blocks.length);
});

test('each block carries the kind the parser read: 临政发〔2023〕2号 opens its plan tasks run in and closes with its 落款', () => {
  const plan = documents.find((d) => d.number === '临政发〔2023〕2号')!;
  const kinds = new Map(plan.blocks.map((b) => [b.anchor, b.kind]));
  expect([kinds.get('plan'), kinds.get('closing'), kinds.get('annex1')]).toEqual(['heading', 'closing', 'heading']);
  expect(plan.blocks.filter((b) => b.kind === 'runin').length).toBeGreaterThan(0);
  expect(plan.blocks.some((b) => b.kind === 'table')).toBe(true);
});

test('every document is placed in the 目录 section its running heads name: the city government’s under 市政府文件, its office’s under 市政府办公室文件', () => {
  // 2023-02 prints only two running heads, inside 临政发〔2023〕2号 and 临政办函〔2023〕3号; the rest follow from them.
  const expected = (d: DocumentRecord) => (d.issuer === '临汾市人民政府' ? '市政府文件' : '市政府办公室文件');
  expect(documents.map((d) => [d.number, d.section])).toEqual(documents.map((d) => [d.number, expected(d)]));
});

test('each document records the printed pages its page numbers allow: —11— closes page 11, —24— page 24', () => {
  const pages = new Map(documents.map((d) => [d.number, d.pages]));
  expect(pages.get('临政发〔2023〕1号')).toEqual({ first: 1, last: 11 });
  expect(pages.get('临政函〔2023〕4号')).toEqual({ first: 12, last: 24 });
  expect(pages.get('临政办函〔2023〕4号')).toEqual({ first: 25 });
});

test('two runs give byte-identical files', () => {
  const again = ingest(root);
  expect([...again.files.keys()]).toEqual([...result.files.keys()]);
  for (const [path, content] of result.files) expect(again.files.get(path), path).toBe(content);
});

test('the committed content/ is what ingest generates (run npm run ingest if this fails)', () => {
  expect(staleFiles(join(root, 'content'), result.files)).toEqual([]);
});
