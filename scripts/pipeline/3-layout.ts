/**
 * Stage 3, layout: reads the printed page back from the extraction's own layout signals, so that
 * the parser knows where a printed line, and a block, starts. Each clean line gets `start`, the
 * signal that decided how it relates to the line before it:
 *
 * - `indent`: the printed line is indented. The extraction writes a line's leading indent as a
 *   whitespace-only line of two or more spaces just before it (`mark`), or keeps ideographic
 *   spaces at its head. Paragraphs, list entries and signatures open indented.
 * - `fragment`: a single-space line separates two fragments of one printed line (the PDF's text
 *   runs were cut mid-line): the previous printed line plus this fragment still fit the column.
 * - `sentence-end`: the previous printed line stopped short after sentence-final punctuation
 *   (。；：！？, a closing quote or bracket may follow): the last line of a paragraph.
 * - `short-line`: the previous printed line stopped short without it: a title or label line.
 * - `wrap`: the previous printed line was full: a hard wrap inside a paragraph or cell.
 *
 * "Short" is measured against the column's width, the most common width of the prose lines
 * inside paragraphs around the line — lines the next line carries on (no indent mark, no page
 * break between), ending no sentence, holding no column gap, and not a block's indented first
 * line — so that a run of short list or table lines, or of indented entries, does not pass for
 * the column; where the lines around show no column, the issue's own stands.
 * A line that opens a block is indented two characters (a member list's hanging entries as far
 * as their mark says), so it is full that much earlier. Widths are in em as the page sets them:
 * a character 1, punctuation ½ (the typesetter compresses it), ASCII ½, the thin gap around a
 * number ¼ (the extraction writes it as a space).
 */
import { joinWrappedLines, type CleanLine, type SourceLine } from './2-clean.ts';

export type LineStart = 'indent' | 'fragment' | 'sentence-end' | 'short-line' | 'wrap';

const HALF_WIDTH = /[\x21-\x7e，、。；：？！“”‘’（）《》〈〉〔〕【】「」『』]/;

/** Printed width in em of a raw extracted line (see the module comment). */
export function lineWidth(raw: string): number {
  let width = 0;
  for (const ch of raw.trim()) width += ch === ' ' || ch === '\t' ? 0.25 : HALF_WIDTH.test(ch) ? 0.5 : 1;
  return width;
}

/** Sentence-final punctuation, optionally followed by a closing quote or bracket. */
export const SENTENCE_END = /[。；：！？][”’）》]?$/;

/** How many lines on each side the column width is measured over. */
const COLUMN_WINDOW = 40;
/** How many lines of one width it takes around a line to set its column apart from the issue's. */
const LOCAL_EVIDENCE = 3;
/** A line within this much (em) of its column's width reaches the margin. */
const FULL = 1;
/** A line at least this much (em) narrower than its column ends before the margin. */
export const SHORT = 2.5;
/** The first line of a block is indented by two characters. */
export const INDENT = 2;
/** A fragment joins the previous printed line only if both fit the column with this slack. */
const FRAGMENT_SLACK = 1;

/** The gazette's usual column (em), for text too short to show its own. */
const DEFAULT_COLUMN = 22;

/**
 * Most common of the widths of long lines (12–40 em), rounded down; ties go to the wider. A width
 * seen fewer than `evidence` times is no evidence of a column: then the fallback stands.
 */
function mostCommonWidth(widths: readonly number[], fallback = DEFAULT_COLUMN, evidence = 2): number {
  const counts = new Map<number, number>();
  for (const width of widths) {
    const w = Math.floor(width);
    if (w >= 12 && w <= 40) counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  let best = fallback;
  let bestCount = 0;
  for (const [w, c] of counts) if (c >= evidence && (c > bestCount || (c === bestCount && w > best))) [best, bestCount] = [w, c];
  return best;
}

/** A numbered marker opening a line (一、 （一） 1. （1）): the first line of a block, indented. */
const NUMBERED = /^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十\d]+）|\d{1,2}\.(?!\d))/;

/**
 * Widths of the lines that show the margin: a prose line inside a paragraph — the next line
 * carries it on (no indent mark, no fragment or page break between them), it ends no sentence and
 * holds no column gap (an ideographic space between a name and a post, or between cells), and it
 * is no block's first line, which is indented (it has a mark, opens with a number, or follows a
 * sentence end); NaN for every other line.
 */
function marginWidths(lines: readonly CleanLine[], widths: readonly number[]): number[] {
  return lines.map((line, i) => {
    const [previous, next] = [lines[i - 1], lines[i + 1]];
    const carriedOn = !!next && next.mark === 0 && !next.pageStart && !SENTENCE_END.test(line.text);
    const inside = !!previous && line.mark === 0 && !SENTENCE_END.test(previous.text) && !NUMBERED.test(line.text);
    return carriedOn && inside && !line.raw.includes('\u3000') ? widths[i]! : NaN;
  });
}

/** The extraction kept the indent inline: the raw line opens with ideographic spaces. */
const INLINE_INDENT = /^[ \t]*\u3000[ \t\u3000]*\S/;

/**
 * How a line that is not indented and is no fragment starts after the previous printed line,
 * `printedWidth` wide and `indent` em in from the margin (indentOf), so full that much earlier.
 */
export function startAfter(
  previous: { text: string },
  line: { width: number },
  printedWidth: number,
  indent: number,
  column: number,
): LineStart {
  const full = column - indent;
  const ended = SENTENCE_END.test(previous.text);
  // Between short and full, the previous line ended early if it closed a sentence or this line
  // is as wide as an indented first line: reaching the indented margin but not the full one.
  const indentedWidth = line.width < column - FULL && line.width > column - INDENT - SHORT;
  const ambiguousEnd = printedWidth < full - FULL && (ended || indentedWidth);
  if (printedWidth >= full - FULL || (printedWidth > full - SHORT && !ambiguousEnd)) return 'wrap';
  return ended ? 'sentence-end' : 'short-line';
}

/** Annotates every line with the signal that starts it (see the module comment). */
export function readLayout(lines: readonly CleanLine[]): SourceLine[] {
  const out: SourceLine[] = [];
  let printed: SourceLine | undefined; // the first fragment of the previous printed line
  let printedWidth = 0; // and the width of the whole printed line
  const widths = lines.map((l) => lineWidth(l.raw));
  const margins = marginWidths(lines, widths);
  const issueColumn = mostCommonWidth(margins);
  lines.forEach((line, i) => {
    const column = mostCommonWidth(margins.slice(Math.max(0, i - COLUMN_WINDOW), i + COLUMN_WINDOW + 1), issueColumn, LOCAL_EVIDENCE);
    const width = widths[i]!;
    const previous = out[i - 1];
    let start: LineStart;
    if (!previous || line.mark >= 2) start = 'indent';
    // A fragment cut at a column gap opens with the gap's ideographic space (李新华 / 　市发展改革委…): still a fragment.
    else if (line.mark === 1 && printedWidth + width <= column + FRAGMENT_SLACK) start = 'fragment';
    else if (INLINE_INDENT.test(line.raw)) start = 'indent';
    else start = startAfter(previous, { width }, printedWidth, indentOf(printed!), column);
    const laidOut: SourceLine = { ...line, start, column, width };
    if (start !== 'fragment') [printed, printedWidth] = [laidOut, 0];
    printedWidth += width;
    out.push(laidOut);
  });
  return out;
}

/**
 * How far (em) a printed line starts in from the margin: a line that opens a block is indented two
 * characters, or as far as its mark says (a space is half an em) — a member list's entries hang
 * under the text after their role label (组长：), five characters in.
 */
export function indentOf(line: { start: LineStart; mark: number }): number {
  return opensBlock(line) ? Math.max(INDENT, line.mark / 2) : 0;
}

/** The line begins a new printed line that stands apart from the text before it. */
export function opensBlock(line: { start: LineStart }): boolean {
  return line.start === 'indent' || line.start === 'sentence-end' || line.start === 'short-line';
}

/**
 * The text of consecutive lines (line-unwrapping, 2-clean.ts): printed lines joined as wrapped
 * lines are; the fragments of one printed line with nothing, as the extraction cut a text run
 * there, not a line (Xīngyè Xià / ng。 → Xīngyè Xiàng。).
 */
export function joinLines(lines: readonly SourceLine[]): string {
  return lines.reduce((text, line, k) => (k > 0 && line.start === 'fragment' ? text + line.text : joinWrappedLines([text, line.text])), '');
}
