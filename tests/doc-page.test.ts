/**
 * What a document page shows, built in src/lib/ from the records: its citations
 * (src/lib/citation.ts), status (status.ts), metadata rows (doc-meta.ts), JSON-LD (jsonld.ts) and
 * search record (search-records.ts).
 */
import { describe, expect, test } from 'vitest';
import type { DocumentRecord } from '../model/schema.ts';
import { blockCitation, docCitation, issuedCitation, itemCitation, measurePlace } from '../src/lib/citation.ts';
import { metaRows, type MetaContext, type MetaRow } from '../src/lib/doc-meta.ts';
import { documentJsonLd } from '../src/lib/jsonld.ts';
import { documentSearchRecord } from '../src/lib/search-records.ts';
import { buildDay, documentStatus } from '../src/lib/status.ts';

const notice: DocumentRecord = {
  slug: 'lzbf-2023-2',
  number: '临政办发〔2023〕2号',
  issuer: '临汾市人民政府办公室',
  title: '关于印发临汾市推动焦化行业高质量发展实施方案的通知',
  date: '2023-02-02',
  type: '通知',
  addressees: ['各县（市、区）人民政府'],
  disclosure: '此件公开发布',
  attachments: [
    { no: 1, title: '临汾市推动焦化行业高质量发展领导小组', anchor: 'annex1' },
    { no: 2, title: '规划布局的先进产能大机焦项目', anchor: 'annex2' },
  ],
  units: ['energy', 'ecology', 'emergency', 'industry', 'statistics', 'transport', 'finance', 'taxation', 'water-resources'],
  counties: ['anze'],
  issue: '2023-02',
  order: 5,
  lines: [1, 2],
  issues: '临汾市推动焦化行业高质量发展实施方案',
  citations: [],
  blocks: [{ anchor: 'p1', kind: 'paragraph' }],
} as DocumentRecord;

const order = {
  ...notice,
  slug: 'lfsrmzfl-8',
  number: '临汾市人民政府令第8号',
  issuer: '临汾市人民政府',
  title: '临汾市城市绿化管理办法',
  type: '令',
} as DocumentRecord;

describe('citations', () => {
  test('a document is cited by issuer and title with its 文号', () => {
    expect(docCitation(notice)).toBe('《临汾市人民政府办公室关于印发临汾市推动焦化行业高质量发展实施方案的通知》（临政办发〔2023〕2号）');
  });

  test('an order is cited by the regulation it publishes', () => {
    expect(docCitation(order)).toBe('《临汾市城市绿化管理办法》（临汾市人民政府令第8号）');
  });

  test.each([
    ['p1', undefined, '《临汾市人民政府办公室关于印发临汾市推动焦化行业高质量发展实施方案的通知》（临政办发〔2023〕2号）'],
    ['plan-s5', '五、推进举措', '《临汾市推动焦化行业高质量发展实施方案》（临政办发〔2023〕2号）“五、推进举措”'],
    [
      'plan-s5-1-p1',
      '（一）实施“三改造”“两运行”“三同时”工程',
      '《临汾市推动焦化行业高质量发展实施方案》（临政办发〔2023〕2号）“（一）实施‘三改造’‘两运行’‘三同时’工程”',
    ],
    [
      'annex1',
      '临汾市推动焦化行业高质量发展领导小组',
      '《临汾市推动焦化行业高质量发展实施方案》（临政办发〔2023〕2号）“临汾市推动焦化行业高质量发展领导小组”',
    ],
  ])('block %s under %s is cited as %s', (anchor, heading, expected) => {
    expect(blockCitation({ doc: docCitation(notice), issued: issuedCitation(notice) }, anchor, heading)).toBe(expected);
  });

  test('a plan’s 推进举措 is cited where it is printed', () => {
    const measure = {
      list: '推进举措',
      no: 3,
      document: notice.number!,
      anchor: 'plan-s5-3',
      responsibility: '（襄汾县人民政府具体落实）',
    };
    expect(measurePlace(measure)).toBe('五、推进举措（三）');
    expect(itemCitation(notice, measure)).toBe('《临汾市推动焦化行业高质量发展实施方案》（临政办发〔2023〕2号）五、推进举措（三）');
  });

  test('a reform item is cited by its plan’s 附件 and number', () => {
    const plan = {
      ...notice,
      issues: '临汾市营商环境创新提升行动方案',
      number: '临政发〔2023〕2号',
      attachments: [{ no: undefined, title: '临汾市营商环境创新提升改革事项清单', anchor: 'annex1' }],
    } as unknown as DocumentRecord;
    const item = { list: '临汾市营商环境创新提升改革事项清单', no: 37, document: '临政发〔2023〕2号', anchor: 'annex1-p3-r37' };
    expect(itemCitation(plan, item)).toBe('《临汾市营商环境创新提升行动方案》（临政发〔2023〕2号）附件第37项');
  });
});

describe('status', () => {
  test.each([
    [{}, false, '2026-12-06', '有效'],
    [{ effective: '2027-01-01' }, false, '2026-12-06', '尚未生效'],
    [{ effective: '2023-03-01', validUntil: '2025-02-28' }, false, '2026-12-06', '有效期届满'],
    [{ effective: '2023-03-01', validUntil: '2028-02-29' }, false, '2026-12-06', '有效'],
    [{ validUntil: '2028-02-29' }, true, '2026-12-06', '已废止'],
  ] as const)('%o (repealed: %s) on %s is %s', (d, repealed, day, status) => {
    expect(documentStatus(d, repealed, day)).toBe(status);
  });

  test('the build day is the day in China', () => {
    expect(buildDay(new Date('2026-12-06T17:30:00Z'))).toBe('2026-12-07');
  });
});

describe('metadata rows', () => {
  const ctx: MetaContext = {
    issue: { id: '2023-02', title: '临汾市人民政府公报 2023年第2期' },
    section: '市政府办公室文件',
    inCorpus: () => true,
    unitName: (s) => s,
    citedBy: [{ doc: order, anchor: 'art-15' }],
    itemCount: 12,
    url: {
      doc: (s, a) => `/documents/${s}/${a ? `#${a}` : ''}`,
      unit: (s) => `/units/${s}/`,
      county: (s) => `/counties/${s}/`,
      issue: (id) => `/issues/${id}/`,
      items: (s) => `/items/?doc=${s}`,
    },
  };
  const rows = metaRows(notice, ctx);
  const row = (label: string) => rows.find((r) => r.label === label) as MetaRow;
  const text = (r: MetaRow) => r.lines.map((l) => l.map((p) => (typeof p === 'string' ? p : p.text)).join(''));

  test('the 政府信息公开 fields come first', () => {
    expect(rows.slice(0, 5).map((r) => r.label)).toEqual(['发文机关', '发文字号', '成文日期', '文种', '刊载']);
    expect(text(row('成文日期'))).toEqual(['2023年2月2日']);
  });

  test('attachments carry their printed number once', () => {
    expect(text(row('附件'))).toEqual(['1. 临汾市推动焦化行业高质量发展领导小组', '2. 规划布局的先进产能大机焦项目']);
  });

  test('the 文号 is marked as printed for the 繁體 switch', () => {
    expect(row('发文字号').lines).toEqual([[{ text: '临政办发〔2023〕2号', asPrinted: true }]]);
  });

  test('more than eight units fold behind their count; a few do not', () => {
    expect(row('涉及单位')).toMatchObject({ folded: true, tags: true });
    expect(row('涉及单位').lines).toHaveLength(9);
    expect(row('涉及县（市、区）').folded).toBe(false);
  });

  test('the documents citing this one are listed with the block that cites it', () => {
    expect(row('被引用').lines).toEqual([
      [{ text: '《临汾市城市绿化管理办法》（临汾市人民政府令第8号）', href: '/documents/lfsrmzfl-8/#art-15' }],
    ]);
  });

  test('the printed pages follow where the document is published, when known', () => {
    const labels = metaRows(notice, { ...ctx, printedPages: '公报2023年第2期第5页' }).map((r) => r.label);
    expect(labels.slice(4, 6)).toEqual(['刊载', '页码']);
    expect(rows.map((r) => r.label)).not.toContain('页码');
  });

  test('what the gazette does not print is left out', () => {
    expect(rows.map((r) => r.label)).not.toContain('签发人');
    expect(rows.map((r) => r.label)).not.toContain('施行日期');
  });
});

test('the JSON-LD names the document, its issuers and its issue', () => {
  const ld = documentJsonLd(notice, {
    issue: { title: '临汾市人民政府公报 2023年第2期', number: 2 },
    url: 'https://example.gov.cn/documents/lzbf-2023-2/',
    docUrl: (s) => s,
  });
  expect(ld).toMatchObject({
    '@type': 'Legislation',
    legislationIdentifier: '临政办发〔2023〕2号',
    alternateName: '临汾市推动焦化行业高质量发展实施方案',
    author: [{ name: '临汾市人民政府办公室' }],
    isPartOf: { issueNumber: 2 },
  });
});

test('the search record carries the 文号, issuer, date and unit names', () => {
  expect(documentSearchRecord(notice, (s) => `unit:${s}`)).toMatchObject({
    kind: '文件',
    number: '临政办发〔2023〕2号',
    issuer: '临汾市人民政府办公室',
    date: '2023-02-02',
    units: expect.arrayContaining(['unit:energy']),
  });
});
