/**
 * The editor's report of an issue: what the ingest made of each document — its kind, its blocks,
 * lists and tables, its items and citations, the warnings located in it and what its record asks
 * an editor to check (`review`) — in a text file beside the source (content/source/<id>.report.txt)
 * that reads in printed order. Deterministic: no times, no absolute paths, so it is committed and
 * a change to it shows in the diff.
 */
import { formatMessage, type Message } from '../../lib/messages.ts';
import { listEntryTexts } from '../blocks.ts';
import type { LinkedDocument } from '../6-link/link.ts';
import type { Issue, ItemRecord } from '../../../model/schema.ts';

/** What the report is made from: an issue, linked, and the messages of the run. */
export interface ReportedIssue {
  issue: Issue;
  /** Path of the issue's text, as messages name it. */
  file: string;
  documents: LinkedDocument[];
  items: ItemRecord[];
}

/** Path of an issue's report under content/. */
export const reportPath = (issue: Issue): string => `source/${issue.id}.report.txt`;

/** `n` and the noun for it: 1 entry, 2 entries. */
const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** Block kinds with their counts, by kind name: `article 15 · heading 6 · paragraph 20`. */
function blockCounts(document: LinkedDocument): string {
  const counts = new Map<string, number>();
  for (const { block } of document.blocks) counts.set(block.kind, (counts.get(block.kind) ?? 0) + 1);
  return [...counts]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([kind, n]) => `${kind} ${n}`)
    .join(' · ');
}

/** Lists with their entries and tables with their rows: `lists 2 (14 entries) · tables 1 (104 rows)`. */
function listsAndTables(document: LinkedDocument): string {
  const blocks = document.blocks.map((b) => b.block);
  const lists = blocks.flatMap((b) => (b.kind === 'list' ? [listEntryTexts(b.items).length] : []));
  const tables = blocks.flatMap((b) => (b.kind === 'table' ? [b.rows.length] : []));
  const sum = (ns: number[]) => ns.reduce((a, b) => a + b, 0);
  return `${count(lists.length, 'list')} (${count(sum(lists), 'entry', 'entries')}) · ${count(tables.length, 'table')} (${count(sum(tables), 'row')})`;
}

/** A warning without its file, which the report names once, and its severity, which its heading says: `4074: … [unknown-unit]`. */
const located = (m: Message) => formatMessage({ ...m, severity: 'error' }).slice(m.file.length + 1);

/** The review list of a record, when the record has one. */
const reviewOf = (document: LinkedDocument): string[] => document.record.review ?? [];

export function issueReport(reported: ReportedIssue, messages: Message[]): string {
  const { issue, file, documents, items } = reported;
  const own = messages.filter((m) => m.file === file);
  const inDocument = (d: LinkedDocument) => own.filter((m) => m.line >= d.record.lines[0] && m.line <= d.record.lines[1]);
  const outside = own.filter((m) => !documents.some((d) => inDocument(d).includes(m)));
  const toReview = documents.filter((d) => reviewOf(d).length > 0).length;
  const lines = [
    `${issue.title} (${issue.id}): what npm run ingest read in ${file}`,
    `${count(documents.length, 'document')}, ${count(items.length, 'item')}, ${count(own.filter((m) => m.severity === 'warning').length, 'warning')}, ${toReview} to review`,
    ...outside.map((m) => `  ${located(m)}`),
  ];
  for (const d of documents) {
    const { record } = d;
    const ownItems = items.filter((i) => i.documentSlug === record.slug).length;
    const linked = record.citations.filter((c) => c.target).length;
    const warnings = inDocument(d);
    const review = reviewOf(d);
    lines.push(
      '',
      `${record.order}. ${record.number ?? '（无文号）'} ${record.type} ${record.title}`,
      `   /documents/${record.slug}/ · source lines ${record.lines[0]}–${record.lines[1]}`,
      `   blocks ${d.blocks.length}: ${blockCounts(d)}`,
      `   ${listsAndTables(d)} · ${count(ownItems, 'item')} · ${count(record.citations.length, 'citation')} (${linked} in the corpus)`,
      warnings.length ? `   warnings:` : `   warnings: none`,
      ...warnings.map((m) => `     ${located(m)}`),
      review.length ? `   review:` : `   review: none`,
      ...review.map((r) => `     ${r}`),
    );
  }
  return `${lines.join('\n')}\n`;
}
