/**
 * Rebuilds the paragraphs, headings and member lists of running text from hard-wrapped lines.
 *
 * The extraction lost paragraph marks, so a paragraph ends where the printed line ends early
 * after sentence-final punctuation, where the next line opens a numbered heading (一、 (一) 1. (1))
 * in sequence, a ——— item or a member-list role (组长: 副组长: 成员:), or where the next line
 * carries the first-line indent. A numbered heading that runs into its paragraph
 * (1. 破除妨碍公平竞争的不合理限制。 全面清理…) is split after its first sentence.
 */
import { joinWrappedLines, type SourceLine } from '../2-clean.ts';
import type { Block } from '../blocks.ts';
import { parseChineseNumeral } from '../../../model/numbers.ts';

/** Display width in em: CJK characters 1, ASCII 0.5. */
export function lineWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += ch.charCodeAt(0) < 0x80 ? 0.5 : 1;
  return width;
}

/** Typical full width of a column of text: the most frequent width among long lines. */
export function columnWidth(lines: SourceLine[]): number {
  const counts = new Map<number, number>();
  for (const line of lines) {
    const w = Math.floor(lineWidth(line.text));
    if (w >= 12 && w <= 40) counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  let best = 22;
  let bestCount = 0;
  for (const [w, c] of counts) if (c > bestCount || (c === bestCount && w > best)) [best, bestCount] = [w, c];
  return best;
}

const LEVELS: { level: number; pattern: RegExp; numeral: (m: RegExpExecArray) => number | undefined }[] = [
  { level: 1, pattern: /^([一二三四五六七八九十]+)、/, numeral: (m) => parseChineseNumeral(m[1]!) },
  { level: 2, pattern: /^（([一二三四五六七八九十]+)）/, numeral: (m) => parseChineseNumeral(m[1]!) },
  { level: 3, pattern: /^(\d{1,2})\.(?![\d.])/, numeral: (m) => Number(m[1]) },
  { level: 4, pattern: /^（(\d{1,2})）/, numeral: (m) => Number(m[1]) },
];

export interface HeadingMarker {
  level: number;
  number: number;
}

/** The numbered-heading marker a line opens with, if any. */
export function headingMarker(text: string): HeadingMarker | undefined {
  for (const { level, pattern, numeral } of LEVELS) {
    const m = pattern.exec(text);
    if (m) {
      const number = numeral(m);
      if (number !== undefined) return { level, number };
    }
  }
  return undefined;
}

const ROLE = /^(组长|副组长|成员)[:：]/;
const PERSON = /^[\p{Script=Han}]{2,4} \S/u;
const SENTENCE_END = /[。；：！？][”’）》]?$/;

/** Tracks heading numbers so that a marker counts only when it continues its sequence or restarts at 1. */
class HeadingSequence {
  private readonly last = [0, 0, 0, 0, 0];
  accepts(m: HeadingMarker): boolean {
    return m.number === this.last[m.level]! + 1 || m.number === 1;
  }
  // Lower levels are not reset: a plan may number its tasks 1–29 straight through its sections.
  record(m: HeadingMarker): void {
    this.last[m.level] = m.number;
  }
}

/** Splits a run-in heading after its first sentence (or a short label ending in :). */
function splitRunInHeading(text: string): [string, string] {
  const colon = text.search(/[:：]/);
  const stop = text.indexOf('。');
  if (colon !== -1 && colon < 16 && (stop === -1 || colon < stop)) return [text.slice(0, colon + 1), text.slice(colon + 1)];
  if (stop !== -1) return [text.slice(0, stop + 1), text.slice(stop + 1)];
  return [text, ''];
}

/**
 * `numberedParagraphs`: numbered points are paragraphs, not section headings. A 批复 answers a
 * request point by point (一、同意…。有关单位要…); its points have no sections under them.
 */
export function segmentProse(lines: SourceLine[], width = columnWidth(lines), { numberedParagraphs = false } = {}): Block[] {
  const blocks: Block[] = [];
  const sequence = new HeadingSequence();
  let current: SourceLine[] = [];
  let mode: 'text' | 'heading' | 'list' = 'text';
  let marker: HeadingMarker | undefined;

  const validMarker = (line: SourceLine) => {
    const m = headingMarker(line.text);
    return m && sequence.accepts(m) ? m : undefined;
  };
  // A paragraph's last line ends early; its first line is indented two characters, so a first
  // line ends early only if it is shorter still. Punctuation is set narrower than a character,
  // so full lines vary by about one character.
  const short = (line: SourceLine) => lineWidth(line.text) <= width - 2 - (line === current[0] ? 2 : 0);
  const headingOpen = () => mode === 'heading' && !joinWrappedLines(current.map((l) => l.text)).includes('。');
  // A title-only heading that fills its line is followed by an indented first line.
  const indentedAfterFullHeading = (line: SourceLine, previous: SourceLine) =>
    lineWidth(previous.text) >= width - 2.5 && lineWidth(line.text) >= width - 4 && lineWidth(line.text) <= width - 1.5 && !SENTENCE_END.test(line.text);

  const flush = () => {
    if (current.length === 0) return;
    const text = joinWrappedLines(current.map((l) => l.text));
    if (mode === 'list') {
      blocks.push({ kind: 'list', items: listItems(current), lines: current });
    } else {
      if (marker && !numberedParagraphs) {
        const [heading, rest] = splitRunInHeading(text);
        blocks.push({ kind: 'heading', level: marker.level, number: marker.number, text: heading, lines: current });
        if (rest) blocks.push({ kind: 'paragraph', text: [rest], lines: [] });
      } else blocks.push({ kind: 'paragraph', text: [text], lines: current });
    }
    current = [];
  };

  for (const line of lines) {
    const previous = current[current.length - 1];
    const startsBlock =
      !previous ||
      !!validMarker(line) ||
      line.text.startsWith('———') ||
      /^\u3000/.test(line.raw) ||
      (mode !== 'list' && ROLE.test(line.text)) ||
      (headingOpen() && (short(previous) || indentedAfterFullHeading(line, previous))) ||
      (mode !== 'list' && !headingOpen() && SENTENCE_END.test(previous.text) && (short(previous) || line.text.startsWith('（')));
    const continuesList =
      mode === 'list' && previous !== undefined && !/^\u3000/.test(line.raw) && (ROLE.test(line.text) || PERSON.test(line.text) || (!SENTENCE_END.test(previous.text) && !short(previous)));
    if (mode === 'list' && continuesList && !validMarker(line)) {
      current.push(line);
      continue;
    }
    if (startsBlock || mode === 'list') {
      flush();
      // Recorded as the block opens, so the next marker is judged against this one.
      marker = ROLE.test(line.text) ? undefined : validMarker(line);
      if (marker) sequence.record(marker);
      mode = ROLE.test(line.text) ? 'list' : marker && !numberedParagraphs ? 'heading' : 'text';
    }
    current.push(line);
  }
  flush();
  return blocks;
}

/** Items of a member list: a role or person line opens an item, wrapped lines continue it. */
function listItems(lines: SourceLine[]): string[] {
  const items: SourceLine[][] = [];
  for (const line of lines) {
    const opens = ROLE.test(line.text) || PERSON.test(line.text);
    const previous = items[items.length - 1];
    if (opens || !previous) items.push([line]);
    else previous.push(line);
  }
  return items.map((item) => joinWrappedLines(item.map((l) => l.text)));
}
