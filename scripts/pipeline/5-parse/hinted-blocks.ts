/**
 * An editor's hints that some lines are a list or a table (content/source/<id>.hints.yaml), applied
 * after a document is read: the blocks those lines were read into are replaced by the list or
 * table the hint states, and the lines of those blocks outside the hint are read as prose again.
 * The text is never changed, only how it is cut.
 */
import { joinWrappedLines, type SourceLine } from '../2-clean.ts';
import type { Block, ListBlock, Part, TableBlock } from '../blocks.ts';
import type { LocatedHint } from '../1-source.ts';
import type { MessageLog, Rule } from '../../lib/messages.ts';
import { segmentProse } from './prose.ts';

type BlockHint = Extract<LocatedHint['hint'], { kind: 'list' | 'table' }>;

/** What to tell the proofreader when a hinted table's cells do not fill its rows. */
export interface Flagger {
  flag(at: { no: number }, rule: Rule, reason: string, check: string): void;
}

const compact = (text: string) => text.replace(/[\s\u3000]+/g, '');

/** One entry per printed line: a line that continues a full line (wrap) or a fragment of it joins its entry. */
export function hintedList(lines: SourceLine[]): ListBlock {
  const entries: SourceLine[][] = [];
  for (const line of lines) {
    if (entries.length > 0 && (line.start === 'wrap' || line.start === 'fragment')) entries[entries.length - 1]!.push(line);
    else entries.push([line]);
  }
  return { kind: 'list', items: entries.map((e) => ({ text: joinWrappedLines(e.map((l) => l.text)) })), lines };
}

/**
 * The header is the hint's `columns`, printed on the first lines; the cells follow in reading
 * order, a printed line holding one cell or a whole row (cells apart by a column gap), and fill
 * the rows left to right. Undefined when the first lines do not print the columns.
 */
export function hintedTable(lines: SourceLine[], columns: string[], flagger: Flagger): TableBlock | undefined {
  let headerEnd = 0;
  while (
    headerEnd < lines.length &&
    compact(
      lines
        .slice(0, headerEnd)
        .map((l) => l.text)
        .join(''),
    ).length < compact(columns.join('')).length
  )
    headerEnd += 1;
  if (
    compact(
      lines
        .slice(0, headerEnd)
        .map((l) => l.text)
        .join(''),
    ) !== compact(columns.join(''))
  )
    return undefined;
  const cells = lines.slice(headerEnd).flatMap((l) => l.text.split(' ').filter(Boolean));
  const rows: string[][] = [];
  for (let i = 0; i < cells.length; i += columns.length) rows.push(columns.map((_, k) => cells[i + k] ?? ''));
  if (cells.length % columns.length !== 0)
    flagger.flag(
      lines[lines.length - 1]!,
      'table-columns',
      `the ${cells.length} cells under the hinted columns ${columns.join(' | ')} do not fill whole rows; the last row is short`,
      '表格：按编辑提示分列后末行不完整',
    );
  return { kind: 'table', header: columns, rows, lines };
}

/** The parts with each list or table hint applied to the blocks its lines were read into. */
export function applyBlockHints(parts: Part[], hints: LocatedHint[], flagger: Flagger, log: MessageLog): Part[] {
  for (const located of hints) {
    const hint = located.hint;
    if (hint.kind !== 'list' && hint.kind !== 'table') continue;
    const inRange = (l: SourceLine) => l.no >= hint.line && l.no <= hint.to;
    const part = parts.find((p) => p.blocks.some((b) => b.lines.some(inRange)));
    const block = part && hintedBlock(part, hint, inRange, flagger);
    if (!block)
      log.report(
        located.at,
        'hint',
        `lines ${hint.line}–${hint.to} are not ${hint.kind === 'list' ? 'a list' : `a table with the columns ${hint.columns.join(' | ')}`} of a document's text`,
      );
  }
  return parts;
}

/** Replaces the blocks of `part` holding the hinted lines; undefined when the hint does not fit. */
function hintedBlock(part: Part, hint: BlockHint, inRange: (l: SourceLine) => boolean, flagger: Flagger): Block | undefined {
  const first = part.blocks.findIndex((b) => b.lines.some(inRange));
  const last = part.blocks.findLastIndex((b) => b.lines.some(inRange));
  const lines = part.blocks.slice(first, last + 1).flatMap((b) => b.lines);
  const inside = lines.filter(inRange);
  const block = hint.kind === 'list' ? hintedList(inside) : hintedTable(inside, hint.columns, flagger);
  if (!block) return undefined;
  const before = lines.filter((l) => l.no < hint.line);
  const after = lines.filter((l) => l.no > hint.to);
  part.blocks.splice(
    first,
    last - first + 1,
    ...(before.length ? segmentProse(before) : []),
    block,
    ...(after.length ? segmentProse(after) : []),
  );
  return block;
}
