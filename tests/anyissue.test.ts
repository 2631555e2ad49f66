/**
 * Any gazette issue goes in with no code change: an issue written for the tests
 * (tests/fixtures/issues/2023-03.txt, in the extraction style of the real one) is ingested on its
 * own (a fixed corpus; tests/corpus-invariants.test.ts adds it beside the live one), and every document's metadata, the regulation's chapters and articles, the name
 * and 任免 lists, the numeric table and the warnings are checked against the answer written with
 * it (2023-03.expected.json).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { toString } from 'mdast-util-to-string';
import type { Table } from 'mdast';
import { parse as parseYaml } from 'yaml';
import { beforeAll, describe, expect, test } from 'vitest';
import { ingest, type IngestResult } from '../scripts/ingest.ts';
import { parseMarkdown } from '../scripts/pipeline/7-emit/markdown.ts';
import type { DocumentRecord } from '../model/schema.ts';
import { fixtureIssue, FIXTURE_ISSUES, scratchProject } from './support/project.ts';

const expected = JSON.parse(readFileSync(join(FIXTURE_ISSUES, '2023-03.expected.json'), 'utf8'));
const strip = (s: string) => s.replace(/\s+/g, '');

/** A fixed corpus, whatever issues are committed: the registries and the fixture issue, optionally with its text changed. */
function project(text = fixtureIssue('2023-03')): string {
  return scratchProject({ '2023-03': text }, { live: false });
}

let result: IngestResult;
const records = new Map<string, DocumentRecord>();

/** A document's top-level blocks as emitted: anchor, mdast node type and text. */
function blocks(slug: string) {
  const markdown = result.files.get(`documents/${slug}.md`)!;
  const { body } = parseMarkdown(markdown);
  return body.map((node, i) => ({ anchor: records.get(slug)!.blocks[i]!.anchor, node, text: toString(node) }));
}

beforeAll(() => {
  result = ingest(project());
  for (const [path, markdown] of result.files) {
    if (!path.startsWith('documents/')) continue;
    const record = parseYaml(markdown.split(/^---$/m)[1]!) as DocumentRecord;
    records.set(record.slug, record);
  }
});

test('the issue goes in with no error, conservation included', () => {
  expect(result.log.format(result.log.errors)).toBe('');
  expect(result.stats.issues).toBe(1);
});

describe('each document of 2023-03', () => {
  test('is read in printed order, and nothing else is', () => {
    const ofIssue = [...records.values()].filter((r) => r.issue === '2023-03').sort((a, b) => a.order - b.order);
    expect(ofIssue.map((r) => r.number)).toEqual(expected.documents.map((d: { number: string }) => d.number));
  });

  const documents: [string, DocumentRecord][] = expected.documents.map((d: DocumentRecord) => [d.number, d]);
  test.each(documents)('%s: 文号, slug, issuer, title, date, kind and every element printed', (_number, document) => {
    const record = records.get(document.slug)!;
    expect(record).toBeDefined();
    const fields = [
      'notes',
      'signer',
      'signatory',
      'effective',
      'validUntil',
      'repeals',
      'copiedTo',
      'printed',
      'unknownUnits',
      'disclosure',
      'issues',
    ] as const;
    const present = Object.fromEntries(fields.filter((f) => record[f] !== undefined).map((f) => [f, record[f]]));
    const { attachments, ...rest } = document;
    expect({
      ...present,
      number: record.number,
      slug: record.slug,
      issuer: record.issuer,
      title: record.title,
      date: record.date,
      type: record.type,
      addressees: record.addressees,
    }).toEqual(rest);
    expect(record.attachments).toEqual(attachments ?? []);
  });
});

describe('the regulation an order publishes (临汾市人民政府令第8号)', () => {
  const regulation = () => blocks(expected.regulation.document);

  test('its title and chapters are headings, anchored ch1 … ch5', () => {
    const headings = regulation().filter((b) => b.node.type === 'heading');
    expect(headings.map((h) => h.anchor)).toEqual(['regulation', ...expected.regulation.chapters.map((c: { anchor: string }) => c.anchor)]);
    expect(headings.slice(1).map((h) => strip(h.text))).toEqual(expected.regulation.chapters.map((c: { text: string }) => c.text));
  });

  test('every article is a block of its own, anchored art-1 … art-15, opening with its label in bold', () => {
    const articles = regulation().filter((b) => /^art-\d+$/.test(b.anchor));
    expect(articles.map((a) => a.anchor)).toEqual(Array.from({ length: expected.regulation.articles }, (_, k) => `art-${k + 1}`));
    for (const article of articles) {
      expect(article.node.type).toBe('paragraph');
      expect((article.node as { children: { type: string }[] }).children[0]!.type).toBe('strong');
      expect(article.text).toMatch(/^第[一二三四五六七八九十]+条/);
    }
  });

  test('each article stands under its chapter', () => {
    let chapter = 0;
    const chapterOf = new Map<string, number>();
    for (const b of regulation()) {
      if (/^ch\d+$/.test(b.anchor)) chapter = Number(b.anchor.slice(2));
      if (/^art-\d+$/.test(b.anchor)) chapterOf.set(b.anchor.slice(4), chapter);
    }
    for (const [article, ch] of Object.entries(expected.regulation.chapterOfArticle))
      expect(chapterOf.get(article), `art-${article}`).toBe(ch);
  });

  test.each(Object.entries(expected.regulation.clauses))(
    '%s: its 款 and 项 are paragraphs after it, anchored art-N-p2 …',
    (anchor, clauses) => {
      const own = regulation().filter((b) => b.anchor === anchor || b.anchor.startsWith(`${anchor}-p`));
      expect(own.map((b) => b.anchor)).toEqual((clauses as string[]).map((_, k) => (k === 0 ? anchor : `${anchor}-p${k + 1}`)));
      (clauses as string[]).forEach((clause, k) => expect(strip(own[k]!.text).startsWith(clause), `${anchor} ${clause}`).toBe(true));
    },
  );

  test('an article that runs across a page break stays one article: the page furniture is gone', () => {
    const article6 = regulation().filter((b) => b.anchor.startsWith('art-6'));
    expect(article6.map((b) => b.text).join('')).not.toMatch(/—\d+—|临汾市人民政府公报/);
  });
});

describe('lists are lists, one item per entry', () => {
  test.each(Object.entries(expected.lists))('%s', (where, items) => {
    const [slug, part] = where.split('#') as [string, string];
    const list = blocks(slug).find(
      (b) => b.node.type === 'list' && (part === 'main' ? !b.anchor.startsWith('annex') : b.anchor.startsWith(`${part}-`)),
    )!;
    expect(list).toBeDefined();
    const entries = (list.node as { children: unknown[] }).children.map((item) => toString(item as never));
    expect(entries).toEqual(items);
  });
});

describe('numeric tables', () => {
  const table = expected.table;
  test('a 任务分解表 keeps every cell in its column, its 合计 row and its unit note', () => {
    const annex = blocks(table.document).filter((b) => b.anchor.startsWith(`annex${table.annex}-`) || b.anchor === `annex${table.annex}`);
    expect(annex.map((b) => b.text)).toContain(table.unit);
    const node = annex.find((b) => b.node.type === 'table')!.node as Table;
    const cells = node.children.map((row) => row.children.map((cell) => toString(cell)));
    expect(cells[0]).toEqual(table.header);
    expect(cells.slice(1)).toEqual(table.rows);
  });

  test('a table whose columns cannot be told (a blank cell) is kept line by line under a note, with a located warning', () => {
    const { document, annex, line } = expected.unrecoveredTable;
    const own = blocks(document).filter((b) => b.anchor.startsWith(`annex${annex}-`));
    expect(own.some((b) => b.node.type === 'table')).toBe(false);
    expect(own.find((b) => b.node.type === 'blockquote')!.text).toMatch(/^注：本表各列无法从公报文本中确定/);
    expect(own.some((b) => b.text.includes('3 侯马市 120 120'))).toBe(true);
    const warning = result.log.warnings.find((m) => m.rule === 'table-columns')!;
    expect([warning.file, warning.line]).toEqual(['content/source/2023-03.txt', line]);
  });
});

test('units the registry does not know are located warnings, and the run goes on', () => {
  const warnings = result.log.warnings.filter((m) => m.rule === 'unknown-unit' && m.file.endsWith('2023-03.txt'));
  expect(warnings.map((m) => [m.line, /document (\S+) /.exec(m.reason)![1], /“(.+)”/.exec(m.reason)![1]])).toEqual(
    expected.unknownUnitWarnings,
  );
  expect(result.log.failed).toBe(false);
});

test('an order placed after another document is a document of its own', () => {
  const lines = fixtureIssue('2023-03').split('\n');
  const order = lines.slice(0, lines.indexOf('临'));
  const rest = lines.slice(order.length);
  // After the 决定 and the 通告, before the 意见's header
  const beforeOpinion = rest.indexOf('关于加快推进林业高质量发展的实施意见') - 2;
  const moved = ingest(project([...rest.slice(0, beforeOpinion), ...order, ...rest.slice(beforeOpinion)].join('\n')));
  expect(moved.log.format(moved.log.errors)).toBe('');
  const numbers = [...moved.files]
    .filter(([p, md]) => p.startsWith('documents/') && md.includes('\nissue: 2023-03\n'))
    .map(([, md]) => parseYaml(md.split(/^---$/m)[1]!) as DocumentRecord);
  const order8 = numbers.find((d) => d.slug === 'lfsrmzfl-8')!;
  expect([order8.order, order8.type, order8.title, order8.blocks.filter((b) => b.kind === 'article').length]).toEqual([
    3,
    '令',
    '临汾市城市绿化管理办法',
    15,
  ]);
  expect(numbers.find((d) => d.slug === 'lzf-2023-6')!.blocks.some((b) => b.kind === 'article')).toBe(false);
});

test('a document cites and repeals one printed in an earlier issue, by its 文号', () => {
  // 2023-04 split in two: its notice stays in 2023-04, the order that repeals it comes in 2023-05.
  const [notice, order] = fixtureIssue('2023-04').split(/^(?=临汾市人民政府令$)/m);
  const dir = scratchProject({ '2023-04': notice!, '2023-05': order! }, { live: false });
  const later = ingest(dir);
  expect(later.log.format(later.log.errors)).toBe('');
  const repealing = [...later.files.values()].find((md) => md.includes('\nissue: 2023-05\n') && md.includes('\nrepeals:'))!;
  const record = parseYaml(repealing.split(/^---$/m)[1]!) as DocumentRecord;
  expect(record.repeals).toEqual([expect.objectContaining({ number: '临政办发〔2023〕20号', target: 'lzbf-2023-20' })]);
  expect(record.citations).toContainEqual(expect.objectContaining({ number: '临政办发〔2023〕20号', target: 'lzbf-2023-20' }));
});
