/**
 * Parses the small annex tables (企业名称 | 所在县 | 项目名称 …) whose cells the extraction
 * read out line by line with no reliable separators. Each column is recognised by what its
 * header says it holds; a row is read by matching the row's text against the column patterns
 * in order. A header naming a column this parser does not know is an unknown layout.
 */
import { joinWrappedLines, type SourceLine } from '../2-clean.ts';
import type { TableBlock } from '../blocks.ts';
import { IngestError } from '../../lib/messages.ts';

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

/** Splits a header printed without separators (序号企业名称所在县…) into known column names. */
export function splitHeader(text: string): string[] | undefined {
  const names: string[] = [];
  for (let i = 0; i < text.length; ) {
    const name = HEADER_NAMES.find((n) => text.startsWith(n, i));
    if (!name) return undefined;
    names.push(name);
    i += name.length;
  }
  return names;
}

/** `lines` start with the header line (序号…); `counties` are the county names a cell may hold. */
export function parseSmallTable(file: string, lines: SourceLine[], counties: string[]): TableBlock {
  const rowStart = (line: SourceLine, no: number) => new RegExp(`^${no}(?![\\d.%万年月])`).test(line.text);
  const firstRow = lines.findIndex((l) => rowStart(l, 1));
  if (firstRow < 1) throw new IngestError({ file, line: lines[0]!.no }, 'table-layout', 'table without a first row numbered 1');
  const headerText = joinWrappedLines(lines.slice(0, firstRow).map((l) => l.text));
  const header = splitHeader(headerText);
  if (!header) throw new IngestError({ file, line: lines[0]!.no }, 'table-layout', `unknown table layout: header “${headerText}” names a column the parser does not know`);
  const countyPattern = counties.map((c) => c.replace(/[()]/g, '\\$&')).join('|');
  const rowPattern = new RegExp(`^${header.map((h) => `(${COLUMNS[h]!(countyPattern)})`).join('')}$`);
  const rows: string[][] = [];
  let rowLines: SourceLine[] = [];
  const closeRow = () => {
    const text = joinWrappedLines(rowLines.map((l) => l.text));
    const m = rowPattern.exec(text);
    if (!m) throw new IngestError({ file, line: rowLines[0]!.no }, 'table-row', `table row “${text.slice(0, 30)}…” does not fit the columns ${header.join(' | ')}`);
    rows.push(m.slice(1).map((cell) => cell ?? ''));
  };
  for (const line of lines.slice(firstRow)) {
    if (rowLines.length > 0 && rowStart(line, rows.length + 2)) {
      closeRow();
      rowLines = [];
    }
    rowLines.push(line);
  }
  closeRow();
  return { kind: 'table', header, rows, lines };
}
