/**
 * The conservation check: every character of the cleaned source must land in exactly one
 * output place. Each document's Markdown is parsed back and its text compared with the source
 * lines it came from (whitespace aside, since line wraps and PDF spacing are not content);
 * the header lines must equal the title, 文号 (with its 签发人) and issuer(s); the cover and 目录
 * must equal what the issue's record keeps of them; and the issue record and the documents
 * together must cover every clean line of the issue once. Each block must read back as the
 * Markdown node its recorded kind is written as. A block the record calls a `note` is the
 * pipeline's own (a table kept line by line), not source text, and is left out of the comparison.
 */
import { toString } from 'mdast-util-to-string';
import type { RootContent } from 'mdast';
import type { SourceLine } from '../2-clean.ts';
import type { BlockKind } from '../../../model/schema.ts';
import type { LinkedDocument } from '../6-link/link.ts';
import { parse as parseYaml } from 'yaml';
import { parseMarkdown } from './markdown.ts';
import type { MessageLog } from '../../lib/messages.ts';
import { lineAt, stripSpace as strip } from '../../lib/locate.ts';

/** Printed text of a Markdown node: a numbered list prints its numbers, as the source does. */
function printedText(node: RootContent): string {
  if (node.type !== 'list' || !node.ordered) return toString(node);
  return node.children.map((item, i) => `${(node.start ?? 1) + i}.${toString(item)}`).join('');
}

/** The Markdown node each kind of block is written as (markdown.ts): the record's kinds must read back so. */
const NODE_OF: Record<BlockKind, RootContent['type']> = {
  heading: 'heading',
  runin: 'paragraph',
  paragraph: 'paragraph',
  article: 'paragraph',
  closing: 'paragraph',
  list: 'list',
  table: 'table',
  note: 'blockquote',
};

/** Index of the first difference of two strings, or -1 when equal. */
function firstDifference(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i += 1) if (a[i] !== b[i]) return i;
  return a.length === b.length ? -1 : n;
}

export function checkConservation(
  file: string,
  allLines: SourceLine[],
  documents: LinkedDocument[],
  markdown: Map<string, string>,
  log: MessageLog,
  issue: { lines: SourceLine[]; markdown: string },
): void {
  // The cover and 目录 before the first document belong to the issue's record, which keeps them as printed.
  let covered = issue.lines.length;
  if (issue.lines.length > 0) {
    const printed = (parseYaml(parseMarkdown(issue.markdown).yaml) as { cover?: { printed?: string[] } }).cover?.printed ?? [];
    const expected = strip(issue.lines.map((l) => l.text).join(''));
    const actual = strip(printed.join(''));
    const at = firstDifference(expected, actual);
    if (at !== -1)
      log.report(
        { file, line: (lineAt(issue.lines, at) ?? issue.lines[0]!).no },
        'conservation',
        `the issue's cover and 目录 differ from the source here: source “${expected.slice(at, at + 16)}”, output “${actual.slice(at, at + 16)}”`,
      );
  }
  for (const { record, parsed } of documents) {
    const src = parsed.source;
    // A 政策解读 has no 文号 line: its title ends where a 文号 would stand.
    const interpretation = src.interprets !== undefined;
    covered += src.issuerLines.length + src.titleLines.length + (interpretation ? 0 : 1) + src.bodyLines.length;
    // An order has no title lines (its title is the regulation's, in the body) and prints its 文号 as header + 第N号.
    const header: [string, string, SourceLine][] = [];
    if (!interpretation)
      header.push([
        strip(src.order ? src.issuerLines.map((l) => l.text).join('') + src.numberLine.text : src.numberLine.text),
        record.number + (record.signer ? `签发人：${record.signer}` : ''),
        src.numberLine,
      ]);
    if (!src.order) header.push([strip(src.titleLines.map((l) => l.text).join('')), strip(record.title), src.titleLines[0]!]);
    if (src.headerIssuer) {
      // The header's organs: the issuer, then the other organs of a 联合发文; an order's 令 or a department's 文件 mark after them.
      const printed = strip(src.issuerLines.map((l) => l.text).join(''));
      const mark = src.order ? '令' : printed.endsWith('文件') ? '文件' : '';
      header.push([printed, (record.issuers ?? [record.issuer, ...src.headerIssuers.slice(1)]).join('') + mark, src.issuerLines[0]!]);
    }
    for (const [printed, output, line] of header) {
      if (printed !== output)
        log.report({ file, line: line.no }, 'conservation', `document ${record.number}: header “${printed}” is output as “${output}”`);
    }
    const { body } = parseMarkdown(markdown.get(record.slug)!);
    if (body.length !== record.blocks.length) {
      log.report(
        { file, line: src.numberLine.no },
        'conservation',
        `document ${record.number}: ${record.blocks.length} blocks were written but the Markdown reads back as ${body.length}`,
      );
    }
    const misread = body.findIndex((node, i) => record.blocks[i] && NODE_OF[record.blocks[i].kind] !== node.type);
    if (misread !== -1) {
      const { anchor, kind } = record.blocks[misread]!;
      log.report(
        { file, line: src.numberLine.no },
        'conservation',
        `document ${record.number}: block #${anchor} is recorded as ${kind} but reads back as a Markdown ${body[misread]!.type}`,
      );
    }
    const expected = strip(src.bodyLines.map((l) => l.text).join(''));
    const actual = strip(body.map((node, i) => (record.blocks[i]?.kind === 'note' ? '' : printedText(node))).join(''));
    const at = firstDifference(expected, actual);
    if (at !== -1) {
      const line = lineAt(src.bodyLines, at) ?? src.numberLine;
      log.report(
        { file, line: line.no },
        'conservation',
        `document ${record.number}: output differs from the source here: source “${expected.slice(at, at + 16)}”, output “${actual.slice(at, at + 16)}”`,
      );
    }
  }
  if (covered !== allLines.length) {
    log.report(
      { file, line: allLines[0]?.no ?? 1 },
      'conservation',
      `the documents cover ${covered} of the ${allLines.length} clean lines`,
    );
  }
}
