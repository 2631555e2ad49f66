/**
 * The realistic fixture issues tests/fixtures/issues/2023-05, 2023-06 and 2023-07: documents of the corpus
 * (tests/fixtures/corpus/, wording from real public documents) laid out by the extraction generator as
 * whole issues with cover and 目录, and the hand reading of each (`<id>.expected.json`), which is the
 * clean documents themselves: what a reader of the printed page finds.
 *
 * `UPDATE=1 npx vitest run --project unit tests/extraction.test.ts` rewrites the .txt, .yaml and
 * .expected.json files; otherwise the test checks that they are what the generator lays out.
 */
import { addresseesOf, documentDate } from './corpus.ts';
import type { Block, CleanDocument, CleanIssue, ContentsEntry, ExtractionProfile } from './extraction.ts';
import { PROFILE_2023_02 } from './extraction.ts';

export interface FixtureIssue {
  id: string;
  number: number;
  total: number;
  date: string;
  /** Seed of the layout. */
  seed: number;
  /** What the issue shows, for its manifest's comment. */
  about: string;
  sections: { name: string; documents: string[] }[];
}

/**
 * Pages are shorter than 2023-02's (whose measured pages are dominated by the reform table's short
 * cell lines) so that each issue has page breaks inside prose, lists and tables.
 */
export const FIXTURE_PROFILE: ExtractionProfile = { ...PROFILE_2023_02, pageLines: 60, furniture: 0.8 };

export const FIXTURE_ISSUES: FixtureIssue[] = [
  {
    id: '2023-05',
    number: 5,
    total: 245,
    date: '2023-05-15',
    seed: 20230505,
    about:
      'cover and 目录 in four sections; an order publishing a 修改决定 (〈〉 inside 《》, nine numbered amendments to 令第8号); a 联合发文 意见 of the city government and the 市中级人民法院; a 通报 with two numbered lists of units written in full, short and as county departments; a 部门文件 of the 临汾市发展和改革委员会 (临发改价格〔2023〕15号, 《》 in its title, an 办法 in its annex); the 政策解读 of that 办法 (no 文号)',
    sections: [
      { name: '市政府文件', documents: ['order-amendment', 'joint-opinion'] },
      { name: '市政府办公室文件', documents: ['circular-units'] },
      { name: '部门文件', documents: ['department-notice'] },
      { name: '政策解读', documents: ['policy-reading'] },
    ],
  },
  {
    id: '2023-06',
    number: 6,
    total: 246,
    date: '2023-06-15',
    seed: 20230607,
    about:
      'cover and 目录; a 废止决定 repealing six documents listed as 《title》（文号） (予以废止); a 批复 naming roads with pinyin (Pínghé Jiē) and GB 17733—2008; a 常务会议纪要 with 出席 / 列席 / 请假 lists and only the 印发 date; a 通知 whose 6-column annex table crosses a page break, with wrapped unit names, blank cells and 合计',
    sections: [
      { name: '市政府文件', documents: ['repeal-decision', 'reply-road-names'] },
      { name: '市政府办公室文件', documents: ['minutes', 'notice-table'] },
    ],
  },
  {
    id: '2023-07',
    number: 7,
    total: 247,
    date: '2023-07-15',
    seed: 20230707,
    about:
      "cover and 目录; a 决定 whose annexed name list ends in a post wrapped as …局 / 长 right before the next document's vertical header; an 意见 naming county departments, a web address and a phone number; a 通知 with a 3-column name table 姓名 / 工作单位 / 职务; a 函 with 联系人, phone, fax and e-mail",
    sections: [
      { name: '市政府文件', documents: ['decision-names', 'opinion-county'] },
      { name: '市政府办公室文件', documents: ['notice-name-table', 'letter-consultation'] },
    ],
  },
];

/** The issue's documents from the corpus. */
export function cleanIssue(fixture: FixtureIssue, corpus: Map<string, CleanDocument>): CleanIssue {
  const [year] = fixture.date.split('-').map(Number);
  return {
    year: year!,
    number: fixture.number,
    total: fixture.total,
    date: fixture.date,
    sections: fixture.sections.map((s) => ({ name: s.name, documents: s.documents.map((id) => corpus.get(id)!) })),
  };
}

/** The manifest beside the issue's text (like content/source/2023-02.yaml). */
export function manifest(fixture: FixtureIssue): string {
  const [year] = fixture.date.split('-');
  const comment = `A realistic issue written for the tests (not a real one): ${fixture.about}. Laid out by tests/support/extraction.ts from tests/fixtures/corpus/ (see tests/support/fixture-issues.ts).`;
  const wrapped = comment.match(/.{1,96}(\s|$)/g)!.map((l) => `# ${l.trim()}`);
  return [
    ...wrapped,
    `id: ${fixture.id}`,
    'gazette: 临汾市人民政府公报',
    `year: ${year}`,
    `number: ${fixture.number}`,
    `title: 临汾市人民政府公报 ${year}年第${fixture.number}期`,
    `source: ${fixture.id}.txt`,
    '',
  ].join('\n');
}

/** The kind a reader records: an order is a 令. */
function typeOf(doc: CleanDocument): string {
  return doc.header === 'order' ? '令' : doc.kind;
}

/** Numbered lists, name lists and tables of a document, body then annexes, with where they stand. */
function structures(doc: CleanDocument) {
  const parts: { where: string; blocks: Block[] }[] = [
    { where: 'body', blocks: doc.blocks },
    ...(doc.annexes ?? []).map((a, i) => ({ where: a.label ?? `annex${i + 1}`, blocks: a.blocks })),
  ];
  const lists: { where: string; items: string[] }[] = [];
  const names: { where: string; entries: { role?: string; name: string; post: string }[] }[] = [];
  const tables: { where: string; header: string[]; rows: string[][] }[] = [];
  const headings: string[] = [];
  for (const { where, blocks } of parts) {
    for (const block of blocks) {
      if (block.type === 'list') lists.push({ where, items: block.items });
      if (block.type === 'names') names.push({ where, entries: block.entries });
      if (block.type === 'table') tables.push({ where, header: block.header, rows: block.rows });
      if (block.type === 'heading') headings.push(block.text);
    }
  }
  return { headings, lists, names, tables };
}

/** The hand reading of an issue: its cover, 目录 and every document's metadata, lists and tables. */
export function expectedReading(fixture: FixtureIssue, issue: CleanIssue, contents: ContentsEntry[]) {
  return {
    issue: {
      id: fixture.id,
      number: fixture.number,
      total: fixture.total,
      date: fixture.date,
      publisher: '临汾市人民政府办公室',
      contents,
    },
    documents: issue.sections.flatMap((section) =>
      section.documents.map((doc) => ({
        section: section.name,
        number: doc.number ?? null,
        type: typeOf(doc),
        issuer: doc.issuers[0],
        issuers: doc.issuers,
        title: doc.title,
        date: documentDate(doc) ?? null,
        addressees: addresseesOf(doc),
        ...(doc.disclosure ? { disclosure: doc.disclosure } : {}),
        ...(doc.signature?.signatory ? { signatory: doc.signature.signatory } : {}),
        ...(doc.colophon?.printed ? { printed: { by: doc.colophon.printed.organ, date: doc.colophon.printed.date } } : {}),
        ...(doc.annexes?.length ? { annexes: doc.annexes.map((a) => ({ label: a.label ?? null, title: a.title })) } : {}),
        ...(doc.facts ? { facts: doc.facts } : {}),
        ...structures(doc),
        sources: doc.sources,
      })),
    ),
  };
}
