/**
 * Parses the small annex tables, whose cells the extraction read out line by line with no
 * reliable separators. Two readings, tried in turn:
 * - named columns (企业名称 | 所在县 | 项目名称 …): each column is recognised by what its header
 *   says it holds, and a row is read by matching its text against the column patterns in order;
 * - figures (序号 | 县（市、区） | 新建任务 | 合计 …, with a 合计 row): header cells are told apart by
 *   the gaps printed between them, and each row is read cell by cell, a figure never joined to
 *   the next line, names joined across wraps; every column must hold figures in every row or
 *   names in every row.
 * When neither reading recovers every cell in its column, the table is kept line by line as
 * printed, under a note saying so, and the run reports a located warning: numbers are never
 * glued together.
 */
import { collapseIdeographicGaps, joinWrappedLines, normalizeLine, type SourceLine } from '../2-clean.ts';
import type { Block, NoteBlock, ParagraphBlock, TableBlock } from '../blocks.ts';
import type { MessageLog } from '../../lib/messages.ts';
import { segmentProse } from './prose.ts';
import { ROW_NUMBER_END } from '../../../model/numbers.ts';

/** Column header as printed → pattern of its cells. */
const COLUMNS: Record<string, (counties: string) => string> = {
  序号: () => '\\d+',
  企业名称: () => '.+?(?:有限责任公司|股份有限公司|有限公司)',
  公司名称: () => '.+?(?:有限责任公司|股份有限公司|有限公司)',
  所在县: (counties) => `(?:${counties})`,
  '焦炉产能（万吨）': () => '\\d+',
  项目名称: () => '.+?项目',
  // Empty where the printed cell spans several rows and its text stands in another row.
  对应改造项目: () => '(?:.+?项目)?',
  预计建成时间: () => '\\d{4}年\\d{1,2}月底?',
};

const HEADER_NAMES = Object.keys(COLUMNS).sort((a, b) => b.length - a.length);

/** The note printed above a table kept line by line. */
export const UNRECOVERED_TABLE_NOTE = '注：本表各列无法从公报文本中确定，以下按原文逐行照录，以公报原件为准。';

/** Splits a header printed without separators (序号企业名称所在县…) into known column names. */
export function splitHeader(text: string): string[] | undefined {
  const names: string[] = [];
  for (let i = 0; i < text.length;) {
    const name = HEADER_NAMES.find((n) => text.startsWith(n, i));
    if (!name) return undefined;
    names.push(name);
    i += name.length;
  }
  return names;
}

/** Why a table could not be read, and where. */
class Unrecovered {
  readonly line: SourceLine;
  readonly reason: string;
  constructor(line: SourceLine, reason: string) {
    this.line = line;
    this.reason = reason;
  }
}

const rowStart = (line: SourceLine, no: number) => new RegExp(`^${no}${ROW_NUMBER_END}`).test(line.text);

/** Named columns: the whole table, or why not. */
function namedColumnsTable(header: string[], rowLines: SourceLine[], lines: SourceLine[], counties: string[]): TableBlock | Unrecovered {
  const countyPattern = counties.map((c) => c.replace(/[()]/g, '\\$&')).join('|');
  const rowPattern = new RegExp(`^${header.map((h) => `(${COLUMNS[h]!(countyPattern)})`).join('')}$`);
  const rows: string[][] = [];
  const groups: SourceLine[][] = [];
  for (const line of rowLines) {
    if (groups.length === 0 || rowStart(line, groups.length + 1)) groups.push([line]);
    else groups[groups.length - 1]!.push(line);
  }
  for (const group of groups) {
    const text = joinWrappedLines(group.map((l) => l.text));
    const m = rowPattern.exec(text);
    if (!m) return new Unrecovered(group[0]!, `row “${text.slice(0, 30)}” does not fit the columns ${header.join(' | ')}`);
    rows.push(m.slice(1).map((cell) => cell ?? ''));
  }
  return { kind: 'table', header, rows, lines };
}

/** The pieces of a line between the gaps printed in it (a stray space after a decimal point is no gap). */
export function printedPieces(line: SourceLine): string[] {
  return collapseIdeographicGaps(line.raw, ' ')
    .replace(/(\d\.) (?=\d)/g, '$1')
    .split(/\s+/)
    .filter(Boolean)
    .map(normalizeLine);
}

/** Header cells told apart by the gaps printed between them; a cell opening with （ continues the one before. */
function headerCells(lines: SourceLine[]): string[] {
  const cells: string[] = [];
  for (const line of lines) {
    for (const text of printedPieces(line)) {
      if (text.startsWith('（') && cells.length > 0) cells[cells.length - 1] += text;
      else cells.push(text);
    }
  }
  return cells;
}

export const FIGURE = /^(?:[-−]?\d[\d,]*(?:\.\d+)?%?|—|－|-)$/;
const TOTAL = /^(?:合计|总计|小计|全市合计)$/;

interface Token {
  text: string;
  line: SourceLine;
  /** First token of its printed line. */
  lineStart: boolean;
}

/** Cells of the rows' lines: figures one by one (never joined across lines), names joined across wraps. */
function tokens(lines: SourceLine[]): Token[] {
  const out: Token[] = [];
  for (const line of lines) {
    const pieces = normalizeLine(line.raw)
      .split(' ')
      .flatMap((p) => p.match(/[-−]?\d[\d,]*(?:\.\d+)?%?|[^\d]+/g) ?? []);
    pieces.forEach((text, k) => {
      const previous = out[out.length - 1];
      if (previous && !FIGURE.test(previous.text) && !FIGURE.test(text) && !TOTAL.test(previous.text) && !TOTAL.test(text))
        previous.text = joinWrappedLines([previous.text, text]);
      else out.push({ text, line, lineStart: k === 0 });
    });
  }
  return out;
}

type CellKind = 'figure' | 'name';
const kindOf = (text: string): CellKind => (FIGURE.test(text) ? 'figure' : 'name');

/**
 * The one way to put `cells`, in order, into columns of `kinds` so that each cell lands in a column
 * of its kind, the others left blank; undefined when there is none or more than one.
 */
export function placeCells(cells: readonly string[], kinds: readonly CellKind[]): string[] | undefined {
  const found: string[][] = [];
  const place = (c: number, k: number, row: string[]): void => {
    if (found.length > 1) return;
    if (c === cells.length) {
      found.push([...row, ...Array<string>(kinds.length - k).fill('')]);
      return;
    }
    for (let col = k; col <= kinds.length - (cells.length - c); col += 1) {
      if (kinds[col] === kindOf(cells[c]!)) place(c + 1, col + 1, [...row, ...Array<string>(col - k).fill(''), cells[c]!]);
    }
  };
  place(0, 0, []);
  return found.length === 1 ? found[0] : undefined;
}

/**
 * Figures: the whole table and the lines after it, or why not. Rows are read up to the next row's
 * number; the rows with a cell in every column tell which columns hold figures, and a row with
 * blank cells (a 合计 row, a cell left empty) is read into the one arrangement its cells fit.
 */
function figuresTable(
  header: string[],
  headerLines: SourceLine[],
  rowLines: SourceLine[],
): { table: TableBlock; rest: SourceLine[] } | Unrecovered {
  const n = header.length;
  const cells = tokens(rowLines);
  const read: { label: Token; cells: string[] }[] = [];
  const isLabel = (t: Token | undefined, no: number) => !!t && t.lineStart && (t.text === String(no) || TOTAL.test(t.text));
  let i = 0;
  let lastLine = rowLines[0]!;
  while (i < cells.length && isLabel(cells[i], read.length + 1)) {
    const label = cells[i]!;
    const total = TOTAL.test(label.text);
    let j = i + 1;
    // A numbered row takes one cell per column; a total row its figures.
    if (total) while (j < cells.length && j - i < n && FIGURE.test(cells[j]!.text)) j += 1;
    else {
      // Up to the next row's number; a cell may hold that number too, when the row is full without it.
      while (j < cells.length && j - i < n && !isLabel(cells[j], read.length + 2)) j += 1;
      if (j - i < n && i + n <= cells.length && (i + n === cells.length || isLabel(cells[i + n], read.length + 2))) j = i + n;
    }
    read.push({ label, cells: cells.slice(i, j).map((t) => t.text) });
    lastLine = cells[j - 1]!.line;
    i = j;
    if (total) break;
  }
  if (i < cells.length && (!cells[i]!.lineStart || cells[i]!.line === lastLine)) {
    return new Unrecovered(cells[i]!.line, `row ${read.length} has more cells than the ${n} columns ${header.join(' | ')}`);
  }
  if (read.length === 0) return new Unrecovered(rowLines[0]!, `no row numbered 1 under the header ${header.join(' | ')}`);
  const full = read.filter((r) => !TOTAL.test(r.label.text) && r.cells.length === n);
  const kinds: CellKind[] = header.map((_, c) => (full.length > 0 && full.every((r) => FIGURE.test(r.cells[c]!)) ? 'figure' : 'name'));
  for (let c = 1; c < n; c += 1) {
    const figures = full.filter((r) => FIGURE.test(r.cells[c]!)).length;
    if (figures !== 0 && figures !== full.length)
      return new Unrecovered(headerLines[0]!, `column ${header[c]} holds figures in some rows and names in others`);
  }
  const rows: string[][] = [];
  for (const [k, { label, cells: row }] of read.entries()) {
    const placed = row.length === n ? row : placeCells(row.slice(1), kinds.slice(1));
    if (placed === row) rows.push(row);
    else if (placed) rows.push([label.text, ...placed]);
    else if (TOTAL.test(label.text)) rows.push([label.text, ...Array<string>(n - row.length).fill(''), ...row.slice(1)]);
    else return new Unrecovered(label.line, `row ${k + 1} has ${row.length} cells for the ${n} columns ${header.join(' | ')}`);
  }
  const rest = rowLines.slice(rowLines.indexOf(lastLine) + 1);
  if (rest.some((l) => new RegExp(`^\\d+${ROW_NUMBER_END}`).test(l.text) || TOTAL.test(l.text)))
    return new Unrecovered(rest[0]!, `row ${rows.length + 1} does not follow row ${rows.length} in the columns ${header.join(' | ')}`);
  return { table: { kind: 'table', header, rows, lines: [...headerLines, ...rowLines.slice(0, rowLines.length - rest.length)] }, rest };
}

/**
 * `lines` start with the header line (序号…); `counties` are the county names a cell may hold.
 * Returns the table (and any text printed under it), or the lines as printed under a note.
 */
export function parseSmallTable(file: string, lines: SourceLine[], counties: string[], log: MessageLog): Block[] {
  const firstRow = lines.findIndex((l) => rowStart(l, 1));
  const headerLines = lines.slice(0, Math.max(1, firstRow));
  const rowLines = lines.slice(headerLines.length);
  const known = splitHeader(joinWrappedLines(headerLines.map((l) => l.text)));
  let read: { table: TableBlock; rest: SourceLine[] } | Unrecovered;
  if (firstRow < 1) read = new Unrecovered(lines[0]!, 'no row numbered 1 under the header');
  else if (known) {
    const table = namedColumnsTable(known, rowLines, lines, counties);
    read = table instanceof Unrecovered ? table : { table, rest: [] };
  } else read = figuresTable(headerCells(headerLines), headerLines, rowLines);
  if (!(read instanceof Unrecovered)) return [read.table, ...(read.rest.length ? segmentProse(read.rest) : [])];
  return keptLineByLine(file, lines, joinWrappedLines(headerLines.map((l) => l.text)), read.line, read.reason, log);
}

/** A table whose columns cannot be recovered: its lines as printed under a note, and a located warning. */
export function keptLineByLine(
  file: string,
  lines: SourceLine[],
  header: string,
  at: SourceLine,
  reason: string,
  log: MessageLog,
): Block[] {
  log.warn({ file, line: at.no }, 'table-columns', `table “${header.slice(0, 30)}”: ${reason}; kept line by line as printed, under a note`);
  const note: NoteBlock = { kind: 'note', text: UNRECOVERED_TABLE_NOTE, lines: [] };
  const printed: ParagraphBlock = { kind: 'paragraph', text: lines.map((l) => printedPieces(l).join(' ')), lines };
  return [note, printed];
}
