/**
 * Whole issues nobody tuned the parser to: 2023-05, 2023-06 and 2023-07 were composed by the
 * extraction generator (tests/support/fixture-issues.ts) from the corpus of real wording
 * (tests/fixtures/corpus/, each file citing its public sources), with the hand reading written
 * beside each (`<id>.expected.json`). Each goes in as a new issue would — the README's steps, no
 * hint — and every document's metadata, facts, list entries, names and table cells must come back
 * as the hand reading says.
 */
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import type { Block, ListItem } from '../scripts/pipeline/blocks.ts';
import type { DocumentRecord, Issue } from '../model/schema.ts';
import { MessageLog } from '../scripts/lib/messages.ts';
import { UnitRegistry } from '../model/units.ts';
import { toFullwidthPunctuation } from '../model/punctuation.ts';
import { DOCUMENT_KINDS } from '../model/kinds.ts';
import { ingestText } from './support/issue.ts';
import { FIXTURE_ISSUES } from './support/project.ts';

const registry = UnitRegistry.load(join(import.meta.dirname, '../content/source/units.yaml'));

interface ExpectedDocument {
  section: string;
  number: string | null;
  type: string;
  issuers: string[];
  title: string;
  date: string | null;
  facts?: { effective?: string; validUntil?: string; repeals?: { number: string }[]; amends?: string[]; interprets?: string };
  lists: { where: string; items: string[] }[];
  names: { where: string; entries: { role?: string; name: string; post: string }[] }[];
  tables: { where: string; header: string[]; rows: string[][] }[];
}
interface ExpectedIssue {
  issue: {
    id: string;
    number: number;
    total: number;
    date: string;
    publisher: string;
    contents: { section: string; title: string; page: number }[];
  };
  documents: ExpectedDocument[];
}

/** Whitespace is layout, except between two Latin letters or digits (Pínghé Jiē); punctuation compared full width. */
const fold = (text: string) =>
  toFullwidthPunctuation(text)
    .replace(/(?<=[\p{Script=Latin}\d]) +(?=[\p{Script=Latin}\d])/gu, '\u0000')
    .replace(/\s+/g, '')
    .replace(/\u0000/g, ' ');

/**
 * Every list entry of a document as printed (numbered entries with their number), nested entries
 * too; for a kind whose numbered points are its paragraphs (a 批复's 一、二、, model/kinds.ts), its paragraphs.
 */
function entries(blocks: Block[], type: string): string[] {
  const points = DOCUMENT_KINDS.find((k) => k.name === type)?.numberedPoints ?? false;
  const walk = (items: ListItem[], start?: number): string[] =>
    items.flatMap((item, i) => [fold(`${start === undefined ? '' : `${start + i}.`}${item.text}`), ...walk(item.items ?? [])]);
  return blocks.flatMap((b) => (b.kind === 'list' ? walk(b.items, b.start) : points && b.kind === 'paragraph' ? b.text.map(fold) : []));
}

function ingestFixture(id: string) {
  const manifest = parseYaml(readFileSync(join(FIXTURE_ISSUES, `${id}.yaml`), 'utf8')) as Issue;
  const text = readFileSync(join(FIXTURE_ISSUES, `${id}.txt`), 'utf8');
  const log = new MessageLog();
  const ingested = ingestText(text, registry, { log, issue: manifest });
  return { log, ingested, records: ingested.documents.map((d) => d.record as DocumentRecord & { issuers?: string[]; amends?: unknown }) };
}

describe.each(['2023-05', '2023-06', '2023-07'])('the realistic issue %s', (id) => {
  const expected = JSON.parse(readFileSync(join(FIXTURE_ISSUES, `${id}.expected.json`), 'utf8')) as ExpectedIssue;
  const { log, ingested, records } = ingestFixture(id);
  const recordOf = (doc: ExpectedDocument) =>
    doc.number ? records.find((r) => r.number === doc.number) : records.find((r) => r.type === '解读' && fold(r.title) === fold(doc.title));

  test('goes in with no error, conservation included', () => {
    expect(log.format(log.errors)).toBe('');
  });

  test('its cover and 目录 are read into the issue record', () => {
    const cover = ingested.cover!;
    expect(cover).toBeDefined();
    expect({ number: cover.issueNumber, total: cover.totalNumber, date: cover.date, sponsor: cover.sponsor }).toEqual({
      number: expected.issue.number,
      total: expected.issue.total,
      date: expected.issue.date,
      sponsor: expected.issue.publisher,
    });
    expect(cover.contents.map((e) => [e.section, fold(e.title), e.page])).toEqual(
      expected.issue.contents.map((e) => [e.section, fold(e.title), e.page]),
    );
  });

  test('its documents are split where the printed pages start them, in order', () => {
    expect(records.map((r) => r.number ?? r.type)).toEqual(expected.documents.map((d) => d.number ?? '解读'));
  });

  const documents = expected.documents.map((d) => [d.number ?? d.title, d] as const);

  test.each(documents)('%s: kind, issuers, title and date', (_name, doc) => {
    const record = recordOf(doc);
    expect(record).toBeDefined();
    expect({ type: record!.type, issuers: record!.issuers ?? [record!.issuer], title: fold(record!.title) }).toEqual({
      type: doc.type === '政策解读' ? '解读' : doc.type,
      issuers: doc.issuers,
      title: fold(doc.title),
    });
    if (doc.date) expect(record!.date).toBe(doc.date);
  });

  test.each(documents.filter(([, d]) => d.facts))('%s: 施行, 有效期, repeals, amends and what it interprets', (_name, doc) => {
    const record = recordOf(doc)!;
    const { effective, validUntil, repeals, amends, interprets } = doc.facts!;
    if (effective) expect(record.effective).toBe(effective);
    if (validUntil) expect(record.validUntil).toBe(validUntil);
    if (repeals) expect(record.repeals?.map((r) => r.number)).toEqual(repeals.map((r) => r.number));
    if (amends) expect(JSON.stringify(record.amends)).toContain(amends[0]);
    if (interprets) expect(record.interprets?.number).toBe(interprets);
  });

  test.each(documents.filter(([, d]) => d.lists.length + d.names.length > 0))('%s: every list entry and name as printed', (_name, doc) => {
    const linked = ingested.documents.find((d) => d.record === recordOf(doc))!;
    const emitted = entries(
      linked.blocks.map((b) => b.block),
      linked.record.type,
    );
    const wanted = [
      ...doc.lists.flatMap((l) => l.items.map(fold)),
      ...doc.names.flatMap((n) => n.entries.map((e) => fold(`${e.role ? `${e.role}：` : ''}${e.name}${e.post}`))),
    ];
    const missing = wanted.filter(
      (w) => !emitted.some((e) => e === w || e.replace(/^(?:出席|列席|请假)：/, '') === w.replace(/^(?:出席|列席|请假)：/, '')),
    );
    expect(missing, `emitted: ${emitted.join(' ⏎ ')}`).toEqual([]);
  });

  test.each(documents.filter(([, d]) => d.tables.length > 0))('%s: every table cell in its column', (_name, doc) => {
    const linked = ingested.documents.find((d) => d.record === recordOf(doc))!;
    const tables = linked.blocks.map((b) => b.block).filter((b) => b.kind === 'table');
    for (const table of doc.tables) {
      const found = tables.find((t) => fold(t.header.join('|')) === fold(table.header.join('|')));
      expect(found, `a table headed ${table.header.join(' | ')}`).toBeDefined();
      expect(found!.rows.map((r) => r.map(fold))).toEqual(table.rows.map((r) => r.map(fold)));
    }
  });
});
