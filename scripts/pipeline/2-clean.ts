/**
 * Stage 2, clean: from raw extracted text to clean lines.
 *
 * Normalizations, each named, documented here and tested in tests/clean.test.ts:
 * - `page-furniture`: page numbers (—11—), running heads (2 / 2023 临汾市人民政府公报 ·市政府文件·)
 *   and table headers repeated after a page break (a 序号 line, or a row of column labels such as
 *   姓名 工作单位 职务 again on a page's first line) are removed from the text; what they say is
 *   kept as data: each line's printed page and the section its running head names (`placeLines`).
 * - `letter-spacing`: a gap holding an ideographic space between two single characters is
 *   typesetting that spreads a short word to a fixed width (组　 长, 杨　 楠, 通　 　 知) and is removed.
 * - `column-gap`: any other gap holding an ideographic space separates columns (name　 title) and
 *   becomes one space (a name and its post extracted as two fragments of one line are joined with
 *   one too: 5-parse/prose.ts).
 * - `pdf-spacing`: other spaces are removed unless they stand between two Latin letters (tone
 *   marks included) or digits (4. 3 米 → 4.3米, 〔 2019〕 35 号 → 〔2019〕35号, 税务 Ukey → 税务Ukey,
 *   CCC 免办 → CCC免办; kept: Pínghé Jiē, GB 17733—2008, 0357 2091521).
 * - `fullwidth-punctuation`: the extraction turned the gazette's full-width , ; : ( ) ? ! into
 *   ASCII; they are restored (a comma or colon between two digits is left alone: 1,000, 10:30).
 * - `compatibility-forms`: the extraction's small and vertical presentation forms of punctuation
 *   (﹐ ﹑ ﹔ ﹕ ︓ …, U+FE10–FE6F) are folded to the standard character by NFKC (﹐ → , → ，).
 * - `line-unwrapping`: hard-wrapped lines of one paragraph or cell are joined with nothing, as
 *   Chinese text has no spaces between words. Latin text breaks only at a space, so a line that
 *   ends in a Latin letter and a next line that opens with a Latin letter or a digit are joined
 *   with one (Pínghé / Jiē, GB / 17733—2008), and so are two digits (0357 / 2091521): a
 *   number is not broken inside. A digit before a letter is one word (5 / G → 5G).
 *
 * Whitespace-only lines are not content, but they are layout: the extraction writes the leading
 * indent of a printed line as a line of spaces of its own just before it. Their width is kept on
 * the next line (`mark`) for the layout stage.
 */
import type { Location } from '../lib/messages.ts';
import type { LineStart } from './3-layout.ts';
import { toFullwidthPunctuation } from '../../model/punctuation.ts';

/** One non-blank line of the source, as extracted and cleaned. */
export interface CleanLine {
  /** 1-based line number in the source file. */
  no: number;
  /** The line exactly as in the file. */
  raw: string;
  /** Text after the spacing and punctuation normalizations. */
  text: string;
  /** Number of raw lines (blank or whitespace-only) since the previous non-blank line. */
  gap: number;
  /** The line starts with a space: the extraction's mark of the first line of a page. */
  pageStart: boolean;
  /**
   * Spaces on the widest whitespace-only raw line since the previous non-blank line (0 if none):
   * 1 marks a break between two fragments of text, 2 or more the indent of a printed line.
   */
  mark: number;
  /** The printed page(s) the line can be on, as the page numbers tell (`placeLines`); absent when none is printed. */
  page?: PrintedPages;
  /** The section (目录 name) of the last running head printed before the line, and that head's line number. */
  runningHead?: { section: string; line: number };
}

/** A clean line as the layout stage reads it on the page: every stage after layout works on these. */
export interface SourceLine extends CleanLine {
  /** How the line starts relative to the one before. */
  start: LineStart;
  /** Printed width in em. */
  width: number;
  /** Width in em of the text column around the line. */
  column: number;
}

/**
 * Printed pages: `first` to `last`. One page where the page numbers pin it (first = last); a range
 * where furniture between two page numbers was lost; `last` absent after the last page number.
 */
export interface PrintedPages {
  first: number;
  last?: number;
}

/** A line removed as page furniture, kept for the conservation report. */
export interface FurnitureLine {
  no: number;
  raw: string;
  rule: 'page-number' | 'running-head' | 'repeated-table-header';
  /** The number a page-number line prints (—11— → 11). */
  page?: number;
  /** The section a running head names between its dots (·市政府文件· → 市政府文件). */
  section?: string;
}

export interface CleanResult {
  lines: CleanLine[];
  furniture: FurnitureLine[];
}

const IDEOGRAPHIC_GAP = /[ \t]*\u3000[ \t\u3000]*/g;
/** A letter of Latin script (pinyin tone marks included) or a digit: spaces between two of them are printed. */
const LATIN_WORD = /[\p{Script=Latin}\d]/u;

/** `letter-spacing` and `column-gap`: resolves every gap that holds an ideographic space. */
export function collapseIdeographicGaps(line: string, columnGap = ' '): string {
  const parts = line.trim().split(IDEOGRAPHIC_GAP);
  let out = parts[0] ?? '';
  for (const next of parts.slice(1)) {
    const lastWord = out.split(/[:：\s]/).pop() ?? '';
    const firstWord = next.split(/[:：\s]/)[0] ?? '';
    const spreadWord = [...lastWord].length === 1 && [...firstWord].length === 1;
    out += spreadWord ? next : columnGap + next;
  }
  return out;
}

/** `pdf-spacing`: drops ASCII spaces except one between two Latin letters or digits. */
export function repairPdfSpacing(text: string): string {
  return text.replace(/ +/g, (run, offset: number, whole: string) => {
    const before = whole[offset - 1] ?? '';
    const after = whole[offset + run.length] ?? '';
    return LATIN_WORD.test(before) && LATIN_WORD.test(after) ? ' ' : '';
  });
}

/** `fullwidth-punctuation`: restores the full-width punctuation the extraction made ASCII (model/punctuation.ts). */
export const restoreFullwidthPunctuation = toFullwidthPunctuation;

const PRESENTATION_FORMS = /[\uFE10-\uFE19\uFE30-\uFE4F\uFE50-\uFE6F]/g;

/**
 * `compatibility-forms`: small and vertical punctuation forms → the standard character. A form
 * whose compatibility decomposition is more than one character (︰ → ..) stays as printed.
 */
export function foldCompatibilityForms(text: string): string {
  return text.replace(PRESENTATION_FORMS, (ch) => {
    const folded = ch.normalize('NFKC');
    return [...folded].length === 1 ? folded : ch;
  });
}

/** All in-line normalizations of one extracted line, in order. */
export function normalizeLine(raw: string): string {
  // Column gaps travel as NUL through pdf-spacing, which would otherwise remove them.
  const gapsResolved = collapseIdeographicGaps(foldCompatibilityForms(raw).replace(/\t/g, ' '), '\u0000');
  return restoreFullwidthPunctuation(repairPdfSpacing(gapsResolved.trim())).replace(/\u0000/g, ' ');
}

/** `line-unwrapping`: joins the normalized lines of one paragraph or cell. */
export function joinWrappedLines(texts: string[]): string {
  let out = '';
  for (const text of texts) {
    const end = out.slice(-1);
    const glue = LATIN_WORD.test(end) && LATIN_WORD.test(text.charAt(0)) && !(/\d/.test(end) && /\D/.test(text.charAt(0))) ? ' ' : '';
    out += glue + text;
  }
  return out;
}

export interface FurnitureRules {
  /** Gazette name as printed in the running heads. */
  gazette: string;
}

const PAGE_NUMBER = /^—(\d+)—$/;
const HEAD_SECTION = /·([^·]+)·/;

/** Classifies a raw line as page furniture, or returns undefined for content. */
export function furnitureRule(raw: string, rules: FurnitureRules): FurnitureLine['rule'] | undefined {
  const compact = raw.replace(/[\s\u3000]+/g, '');
  if (PAGE_NUMBER.test(compact)) return 'page-number';
  if (compact.includes(rules.gazette) && HEAD_SECTION.test(compact) && /\d+\/\d{4}/.test(compact)) return 'running-head';
  return undefined;
}

/**
 * Splits the source into non-blank lines, removes page furniture and normalizes each line.
 * A table header (a line starting 序号) printed again after a page break is furniture.
 */
export function cleanSource(text: string, rules: FurnitureRules): CleanResult {
  const rawLines = text.replace(/\r\n?/g, '\n').split('\n');
  const lines: CleanLine[] = [];
  const furniture: FurnitureLine[] = [];
  const tableHeaders = new Set<string>();
  const repeatedLabels = repeatedLabelRows(rawLines);
  let gap = 0;
  let mark = 0;
  rawLines.forEach((raw, index) => {
    const no = index + 1;
    if (raw.trim() === '') {
      gap += 1;
      mark = Math.max(mark, raw.length);
      return;
    }
    const rule = furnitureRule(raw, rules) ?? (repeatedLabels.has(index) ? 'repeated-table-header' : repeatedHeader(raw, tableHeaders));
    if (rule) {
      furniture.push({ no, raw, rule, ...furnitureData(raw, rule) });
      mark = 0; // a mark before a running head belongs to it, not to the next page's first line
      return;
    }
    lines.push({ no, raw, text: normalizeLine(raw), gap, pageStart: /^[ \u3000]/.test(raw) && !/^[ \u3000]{2}/.test(raw), mark });
    gap = 0;
    mark = 0;
  });
  return { lines: placeLines(lines, furniture), furniture };
}

/** What a furniture line says: the number of a page-number line, the section of a running head. */
function furnitureData(raw: string, rule: FurnitureLine['rule']): Pick<FurnitureLine, 'page' | 'section'> {
  const compact = raw.replace(/[\s\u3000]+/g, '');
  if (rule === 'page-number') return { page: Number(PAGE_NUMBER.exec(compact)![1]) };
  if (rule === 'running-head') return { section: HEAD_SECTION.exec(compact)![1]! };
  return {};
}

/**
 * Each line's printed page and running head, from the furniture. A page number —N— is printed at
 * the foot of page N, so a line between —M— and —N— is on page M+1 (the page the running head
 * after —M— opens) to N: exactly one page where each page's furniture survived the extraction, the
 * narrowest range the numbers allow where some was lost. A line before the first number is on page
 * 1 to N; one after the last, on M+1 or later.
 */
export function placeLines(lines: CleanLine[], furniture: FurnitureLine[]): CleanLine[] {
  const numbers = furniture.filter((f) => f.page !== undefined);
  const heads = furniture.filter((f) => f.section !== undefined);
  if (numbers.length === 0 && heads.length === 0) return lines;
  return lines.map((line) => {
    const before = numbers.findLast((f) => f.no < line.no);
    const after = numbers.find((f) => f.no > line.no);
    const head = heads.findLast((f) => f.no < line.no);
    const page = numbers.length ? { first: before ? before.page! + 1 : 1, ...(after ? { last: after.page! } : {}) } : undefined;
    return { ...line, ...(page ? { page } : {}), ...(head ? { runningHead: { section: head.section!, line: head.no } } : {}) };
  });
}

/** A row of column labels: two or more short words apart, no figure, no sentence (姓名 工作单位 职务; not 附件 1). */
function labelRow(text: string): boolean {
  const cells = text.trim().split(/[ \u3000]+/);
  return cells.length >= 2 && cells.every((cell) => /^[\p{Script=Han}（）()、/]{2,12}$/u.test(cell));
}

/** A table header printed again after a page break: a 序号 line seen before. */
function repeatedHeader(raw: string, seen: Set<string>): FurnitureLine['rule'] | undefined {
  const compact = raw.replace(/[\s\u3000]+/g, '');
  if (!compact.startsWith('序号')) return undefined;
  if (seen.has(compact)) return 'repeated-table-header';
  seen.add(compact);
  return undefined;
}

/**
 * Indexes of the raw lines of a row of column labels (姓名 工作单位 职务) printed again on a page's
 * first line (the extraction opens it with one space). A printed line may come in fragments, raw
 * lines apart by a line of one space (姓名 / 工作单位 职务); it is compared whole.
 */
function repeatedLabelRows(rawLines: readonly string[]): Set<number> {
  const repeated = new Set<number>();
  const seen = new Set<string>();
  const textLines = rawLines.flatMap((raw, index) => (raw.trim() ? [index] : []));
  for (let k = 0; k < textLines.length; k += 1) {
    const printed = [textLines[k]!];
    // The next text line is a fragment of this one when a one-space line stands between them.
    while (k + 1 < textLines.length && rawLines.slice(printed.at(-1)! + 1, textLines[k + 1]).some((l) => l === ' '))
      printed.push(textLines[++k]!);
    const text = printed.map((i) => rawLines[i]!.trim()).join(' ');
    if (!labelRow(text)) continue;
    const compact = text.replace(/[\s\u3000]+/g, '');
    if (seen.has(compact) && /^[ \u3000]\S/.test(rawLines[printed[0]!]!)) printed.forEach((i) => repeated.add(i));
    seen.add(compact);
  }
  return repeated;
}

/** Location of a line, for messages. */
export function at(file: string, line: { no: number }): Location {
  return { file, line: line.no };
}
