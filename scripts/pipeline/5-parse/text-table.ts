/**
 * Tables printed in the text or in an annex without a 序号 column, found by their shape:
 * - a row of column labels printed apart (姓名 工作单位 职务: short words, one of them a column
 *   word such as 姓名, 单位, 名称, 级别, 时间) after a lead-in ending in ：, a
 *   table title (…表, 附表) or a 单位： line; its rows are read cell by cell in column order, a
 *   cell going on to the next piece while it is not a whole name of its column's kind (an organ
 *   ends 局/委员会/…, a post ends 长/主任/…: 临汾市发展和改革委员 / 会), a person opening a
 *   printed line where a later column is due opening the next row (the cells left blank);
 * - rows printed on one line each, a label and two or more figures (一级 3200 2100 800): the
 *   header is what stands between the lead-in or title and the first row; when it cannot be cut
 *   into as many cells as the rows have (级别商服用地住宅用地工业用地, printed without gaps), the
 *   table is kept line by line under a note, with a located warning.
 */
import { joinWrappedLines, type SourceLine } from '../2-clean.ts';
import type { Block, TableBlock } from '../blocks.ts';
import type { MessageLog } from '../../lib/messages.ts';
import { ORGAN, POST } from './lists.ts';
import { headingMarker } from './prose.ts';
import { FIGURE, keptLineByLine, parseSmallTable, printedPieces } from './small-table.ts';

export interface TableRun {
  /** Index of the table's first line (its header) and of the first line after it. */
  start: number;
  end: number;
  blocks: Block[];
}

type ColumnKind = 'person' | 'organ' | 'post' | 'other';

/** What a column holds, by its label. */
function columnKind(label: string): ColumnKind {
  if (/姓名/.test(label)) return 'person';
  if (/职务|职称/.test(label)) return 'post';
  if (/单位|部门|机构/.test(label)) return 'organ';
  return 'other';
}

/** A person's name as a cell holds it: two to four characters that name no place, organ or post (临汾市人 is a cut 临汾市人民政府). */
const personName = (text: string) =>
  /^\p{Script=Han}{2,4}$/u.test(text) && !/[省市县区]/u.test(text) && !POST.test(text) && !ORGAN.test(text);

/** The cell is a whole name of its column's kind; otherwise the next piece goes on with it. */
function whole(kind: ColumnKind, text: string): boolean {
  if (kind === 'organ') return ORGAN.test(text);
  if (kind === 'post') return POST.test(text);
  return true;
}

/** Words that label a table's columns (a row of names of units or people holds none of them). */
const COLUMN_WORD =
  /姓名|单位|职务|职称|名称|序号|级别|类别|类型|项目|时间|日期|地点|数量|金额|面积|备注|车型|标准|内容|地区|区域|等级|指标|任务|价格|费用|人数|户数|个数/;

/** A printed line: `lines[i]` and the fragments of the same line after it. */
function printedLine(lines: SourceLine[], i: number): SourceLine[] {
  let end = i + 1;
  while (end < lines.length && lines[end]!.start === 'fragment') end += 1;
  return lines.slice(i, end);
}

/** Cells of a row of column labels: two or more short labels printed apart, no figure, no sentence. */
function labelCells(line: SourceLine[]): string[] | undefined {
  const cells = line.flatMap(printedPieces);
  const labels = cells.length >= 2 && cells.every((c) => /^[\p{Script=Han}（）、/]{1,12}$/u.test(c.replace(/^其中：/, '')));
  return labels && cells.some((c) => COLUMN_WORD.test(c)) ? cells : undefined;
}

/** The line opens a table: it follows a lead-in (：), a table title (…表) or a 单位： note, or opens the text. */
const opensTable = (lines: SourceLine[], i: number) => i === 0 || /：$|表$|^单位：/.test(lines[i - 1]!.text);

/** A line of running text, a numbered title or an annex label: the table has ended before it. */
function endsTable(line: SourceLine): boolean {
  // A line of running text has sentence punctuation, or fills the column with no column gap in it.
  const prose = /[，。；：！？]/.test(line.text) || (!line.text.includes(' ') && line.width >= line.column - 3);
  return prose || !!headingMarker(line.text) || /^附件/.test(line.text);
}

/** Rows read cell by cell in the columns of `header` (see the module comment). */
function typedRows(header: string[], lines: SourceLine[]): string[][] {
  const kinds = header.map(columnKind);
  const n = header.length;
  const rows: string[][] = [];
  let row: string[] = [];
  const close = () => {
    if (row.length) rows.push([...row, ...Array<string>(n - row.length).fill('')]);
    row = [];
  };
  const pieces = lines.flatMap((line) => printedPieces(line).map((text, k) => ({ text, opensLine: k === 0 && line.start !== 'fragment' })));
  for (const { text: piece, opensLine } of pieces) {
    const c = row.length - 1;
    if (c >= 0 && !whole(kinds[c]!, row[c]!)) {
      row[c] = joinWrappedLines([row[c]!, piece]);
      continue;
    }
    const nextRow =
      row.length === n || (opensLine && row.length > 0 && kinds[0] === 'person' && kinds[row.length] !== 'person' && personName(piece));
    if (nextRow) close();
    row.push(piece);
  }
  close();
  return rows;
}

/** A row printed on one line: a label, then two or more figures. */
function figureRow(line: SourceLine): string[] | undefined {
  const cells = printedPieces(line);
  return cells.length >= 3 && !FIGURE.test(cells[0]!) && cells.slice(1).every((c) => FIGURE.test(c)) ? cells : undefined;
}

/**
 * The first table in `lines`, if any (see the module comment); one with a 序号 column is read as
 * an annex table is, with `counties` the names its cells may hold.
 */
export function textTable(file: string, lines: SourceLine[], log: MessageLog, counties: string[] = []): TableRun | undefined {
  for (let i = 0; i < lines.length; i += 1) {
    const headerLine = printedLine(lines, i);
    const header = labelCells(headerLine);
    if (header && opensTable(lines, i)) {
      let end = i + headerLine.length;
      while (end < lines.length && !endsTable(lines[end]!)) end += 1;
      // Numbered rows (序号): the annex-table reader.
      if (header[0] === '序号') return { start: i, end, blocks: parseSmallTable(file, lines.slice(i, end), counties, log) };
      if (end - i < 2) continue;
      const rows = typedRows(header, lines.slice(i + headerLine.length, end));
      const table: TableBlock = { kind: 'table', header, rows, lines: lines.slice(i, end) };
      return { start: i, end, blocks: [table] };
    }
    if (figureRow(lines[i]!) && figureRow(lines[i + 1] ?? lines[i]!) && i + 1 < lines.length) {
      let start = i;
      while (start > 0 && !opensTable(lines, start) && !endsTable(lines[start - 1]!)) start -= 1;
      let end = i;
      while (end < lines.length && figureRow(lines[end]!)) end += 1;
      const width = figureRow(lines[i]!)!.length;
      const rows = lines.slice(i, end).map((l) => figureRow(l)!);
      const headerLines = lines.slice(start, i);
      const cells = headerLines.flatMap(printedPieces);
      if (cells.length === width && rows.every((r) => r.length === width)) {
        return { start, end, blocks: [{ kind: 'table', header: cells, rows, lines: lines.slice(start, end) }] };
      }
      const title = joinWrappedLines(headerLines.map((l) => l.text)) || lines[i]!.text;
      const reason =
        cells.length === width
          ? 'its rows have different numbers of cells'
          : `its header (${cells.length} cell${cells.length === 1 ? '' : 's'} printed apart) does not split into the rows' ${width} columns`;
      return { start, end, blocks: keptLineByLine(file, lines.slice(start, end), title, lines[start]!, reason, log) };
    }
  }
  return undefined;
}
