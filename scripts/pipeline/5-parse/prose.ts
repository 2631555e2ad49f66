/**
 * Running text → the blocks a reader sees: headings, run-in headings, paragraphs and lists.
 *
 * Lines come from the layout stage, which says where a printed line stands apart from the one
 * before (indent, short line, sentence end). A block opens there, and also at a numbered marker
 * (一、 （一） 1. （1）) that continues its sequence, and at a member-list role (组长：). Each
 * block is then classified by what it is, not where it stands:
 *
 * - a heading: a numbered title standing alone — short, no sentence inside it, and either
 *   unpunctuated or followed by text of its own (（二）加强重点灾种防范工作。 then its body);
 * - a run-in heading: a numbered paragraph that opens with a short heading sentence or label
 *   (（一）强化组织领导。清理…), kept as one paragraph whose lead is marked;
 * - a paragraph: everything else, numbered clauses included (（一）2009年…土地；).
 */
import { joinWrappedLines, type SourceLine } from '../2-clean.ts';
import { INDENT, joinLines, lineWidth, opensBlock, SENTENCE_END, SHORT, startAfter } from '../3-layout.ts';
import type { Block, ListBlock, ListItem } from '../blocks.ts';
import { parseChineseNumeral } from '../../../model/numbers.ts';
import { ORGAN, POST } from './lists.ts';

const LEVELS: { level: number; pattern: RegExp; numeral: (m: RegExpExecArray) => number | undefined }[] = [
  { level: 1, pattern: /^([一二三四五六七八九十]+)、/, numeral: (m) => parseChineseNumeral(m[1]!) },
  { level: 2, pattern: /^（([一二三四五六七八九十]+)）/, numeral: (m) => parseChineseNumeral(m[1]!) },
  { level: 3, pattern: /^(\d{1,2})\.(?![\d.])/, numeral: (m) => Number(m[1]) },
  { level: 4, pattern: /^（(\d{1,2})）/, numeral: (m) => Number(m[1]) },
];

export interface HeadingMarker {
  level: number;
  number: number;
  /** Length of the marker text (一、 is 2). */
  length: number;
}

/** The numbered marker a line opens with, if any. */
export function headingMarker(text: string): HeadingMarker | undefined {
  for (const { level, pattern, numeral } of LEVELS) {
    const m = pattern.exec(text);
    const number = m ? numeral(m) : undefined;
    if (m && number !== undefined) return { level, number, length: m[0].length };
  }
  return undefined;
}

/**
 * A role of a member list (领导小组, 工作专班, 指挥部 …) opening its line: 组长： 副组长： 成员：, or
 * an attendance list of a 纪要: 出席： 列席： 请假：.
 */
export const ROLE = /^(?:(?:常务)?副)?(?:组长|主任|总指挥|指挥长|召集人|秘书长)[:：]|^(?:成员|委员|顾问|出席|列席|请假|缺席)(?:人员)?[:：]/;
/** The roles of a 纪要's attendance lists, which close its text after the last 议定事项. */
const ATTENDANCE = /^(?:出席|列席|请假|缺席)(?:人员)?[:：]/;
/** A person in a member list: a name of 2–4 characters, the column gap, the post. */
export const PERSON = /^[\p{Script=Han}]{2,4} \S/u;
/** A hanging indent this wide (spaces) lines an entry up under the text after its role label. */
const HANGING_INDENT = 6;
/** An indent this wide (spaces) lines a wrapped post up under the post column, past the names. */
const POST_INDENT = 14;
/** A heading sentence longer than this (em) is a sentence of the text, not a run-in heading. */
const MAX_LEAD = 20;
/** The lead of a series of parallel unnumbered paragraphs is at most this long (em). */
const MAX_PARALLEL_LEAD = 26;
/** A label ending in ： this close to the start (characters) is a run-in heading's label. */
const MAX_LABEL = 16;

/**
 * Tracks numbers so that a marker counts only when it continues its sequence or restarts at 1 —
 * or, on a line that stands apart on the page, opens a level not seen before (an excerpt).
 */
class MarkerSequence {
  private readonly last = [0, 0, 0, 0, 0];
  accepts(m: HeadingMarker, line: SourceLine): boolean {
    const last = this.last[m.level]!;
    return m.number === last + 1 || m.number === 1 || (last === 0 && opensBlock(line));
  }
  // Lower levels are not reset: a plan may number its tasks 1–29 straight through its sections.
  record(m: HeadingMarker): void {
    this.last[m.level] = m.number;
  }
}

interface Group {
  lines: SourceLine[];
  marker?: HeadingMarker;
  list: boolean;
}

const textOf = joinLines;

/** The line opens with a person (name, gap, post), after its role label if it has one. */
function opensWithPerson(line: SourceLine): boolean {
  return PERSON.test(line.text.slice(ROLE.exec(line.text)?.[0].length ?? 0));
}

/** After a person, a line with no person in it set under the post column is the rest of a wrapped post (…党组成员、副局 / 长). */
const underPost = (line: SourceLine, afterPerson: boolean) => afterPerson && line.mark >= POST_INDENT && !PERSON.test(line.text);

/**
 * An entry of a member list opens on this line: a role, or an indented person, or an indented
 * line of units (成员：市工信局、… / 各县（市、区）分管副县（市、区）长) that is not the rest of a post.
 */
function opensListEntry(line: SourceLine, afterPerson: boolean): boolean {
  if (ROLE.test(line.text)) return true;
  if (line.start === 'indent') return PERSON.test(line.text) || (line.mark >= HANGING_INDENT && !underPost(line, afterPerson));
  return line.start !== 'wrap' && line.start !== 'fragment' && PERSON.test(line.text);
}

/** The last entry of the list so far opened with a person. */
function lastEntryIsPerson(lines: SourceLine[]): boolean {
  const opener = lines.findLast((l, i) => i === 0 || opensListEntry(l, false));
  return !!opener && opensWithPerson(opener);
}

/**
 * The line carries on the current list entry: a wrapped post or name list. After a line that
 * stopped short, only when that line's post is unfinished (…党组成员、副局): a whole post (…副局长)
 * ends its entry, and the list with it.
 */
function continuesListEntry(line: SourceLine, afterPerson: boolean, previous: SourceLine): boolean {
  if (line.start === 'indent') return underPost(line, afterPerson);
  if (line.start === 'short-line') return !PERSON.test(line.text) && !(afterPerson && POST.test(previous.text));
  return line.start === 'wrap' || line.start === 'fragment';
}

const PAIRS: [string, string][] = [
  ['（', '）'],
  ['“', '”'],
  ['《', '》'],
  ['〔', '〕'],
];
const count = (text: string, ch: string) => text.split(ch).length - 1;

/** A numbered line that reads as a whole title: no sentence or clause in it, brackets closed. */
function titleLine(line: { text: string }): boolean {
  return !/[，；。：！？]/.test(line.text) && PAIRS.every(([open, close]) => count(line.text, open) === count(line.text, close));
}

/**
 * A numbered title fills its (indented) line, so width alone cannot tell whether it runs on. It
 * stood alone if the next line does not reach the margin and ends no sentence: that line is the
 * indented first line of the body below the title.
 */
function bodyAfterTitle(group: Group, line: SourceLine): boolean {
  const [first, ...rest] = group.lines;
  const indentedFirstLine = line.width <= line.column - 1 && line.width > line.column - INDENT - SHORT;
  return rest.length === 0 && !!group.marker && titleLine(first!) && indentedFirstLine && !SENTENCE_END.test(line.text);
}

/**
 * The layout stage takes a line as indented only when the extraction marked it so; a group
 * opened here by its number or a note is indented too, so its second line is judged again.
 */
function startInGroup(group: Group | undefined, line: SourceLine): SourceLine {
  const [first, ...rest] = group?.lines ?? [];
  const onFirstLine = rest.every((l) => l.start === 'fragment');
  if (!first || !onFirstLine || opensBlock(first) || line.start === 'indent' || line.start === 'fragment') return line;
  const printedWidth = group!.lines.reduce((sum, l) => sum + l.width, 0);
  return { ...line, start: startAfter(group!.lines.at(-1)!, line, printedWidth, INDENT, line.column) };
}

/** A bracket opening a line right after a sentence starts a note of its own: （市能源局…负责）. */
const noteAfterSentence = (previous: SourceLine, line: SourceLine) => SENTENCE_END.test(previous.text) && line.text.startsWith('（');

/**
 * A numbered entry that names a document and its 文号 (1.《…》（临政发〔2015〕22号）) is whole: a
 * line after it opens a block of its own even where the page does not show it (the entry ended
 * at the margin and the next paragraph's indent was not marked).
 */
function wholeCitationEntry(group: Group, line: SourceLine): boolean {
  const text = textOf(group.lines).slice(group.marker?.length ?? 0);
  return !!group.marker && /^《[^《》]+》（[^（）]*〔\d{4}〕[^（）]*）$/.test(text) && !/^[，。；、）]/.test(line.text);
}

/** A line opens a block of its own: the page sets it apart, or what it opens with says so. */
function opensGroup(current: Group | undefined, line: SourceLine, numbered: boolean): boolean {
  if (!current || current.list) return true;
  return (
    opensBlock(line) ||
    numbered ||
    ROLE.test(line.text) ||
    bodyAfterTitle(current, line) ||
    wholeCitationEntry(current, line) ||
    noteAfterSentence(current.lines.at(-1)!, line) ||
    line.text.startsWith('———')
  );
}

/** Cuts lines into groups, one per printed block. */
function groupLines(lines: SourceLine[]): Group[] {
  const groups: Group[] = [];
  const sequence = new MarkerSequence();
  let current: Group | undefined;
  for (const laidOut of lines) {
    const line = startInGroup(current, laidOut);
    const afterPerson = !!current?.list && lastEntryIsPerson(current.lines);
    if (current?.list && (opensListEntry(line, afterPerson) || continuesListEntry(line, afterPerson, current.lines.at(-1)!))) {
      current.lines.push(line);
      continue;
    }
    const role = ROLE.test(line.text);
    const found = role ? undefined : headingMarker(line.text);
    const marker = found && sequence.accepts(found, line) ? found : undefined;
    if (!opensGroup(current, line, !!marker)) {
      current!.lines.push(line);
      continue;
    }
    if (marker) sequence.record(marker);
    current = { lines: [line], marker, list: role };
    groups.push(current);
  }
  return groups;
}

/** A short title with no sentence inside it (a final 。 aside). */
function isTitle(text: string, marker: HeadingMarker, column: number): boolean {
  const title = text.slice(marker.length);
  return !/[。；！？：]/.test(title.replace(/。$/, '')) && lineWidth(text) <= 2 * column;
}

/** The run-in heading a numbered paragraph opens with: its first sentence, or a short label. */
export function runInLead(text: string, marker: HeadingMarker): string | undefined {
  const colon = text.search(/[:：]/);
  const stop = text.indexOf('。');
  const end = colon !== -1 && colon < MAX_LABEL && (stop === -1 || colon < stop) ? colon : stop;
  if (end === -1 || end === text.length - 1) return undefined;
  const lead = text.slice(0, end + 1);
  return lineWidth(lead.slice(marker.length)) <= MAX_LEAD && !/[；]/.test(lead) ? lead : undefined;
}

/** The short sentence an unnumbered paragraph opens with (after a ——— if any), if more text follows. */
function openingSentence(text: string): string | undefined {
  const m = /^(?:———)?[^。；：]*。/.exec(text);
  return m && m[0].length < text.length && lineWidth(m[0]) <= MAX_PARALLEL_LEAD ? m[0] : undefined;
}

/**
 * Run-in leads of unnumbered paragraphs, by group: a paragraph has one when it and a neighbour
 * both open with a short sentence and go on — a series of parallel paragraphs, each led by its
 * heading sentence (———控制总量。… ———绿色安全。…). One such paragraph alone is just a paragraph
 * whose first sentence is short.
 */
function parallelLeads(groups: Group[]): (string | undefined)[] {
  const leads = groups.map((g) => (g.list || g.marker ? undefined : openingSentence(textOf(g.lines))));
  return leads.map((lead, i) => (lead && (leads[i - 1] || leads[i + 1]) ? lead : undefined));
}

/** A person named alone, with no post (出席：王建华 / 崔元斌). */
const NAME = /^\p{Script=Han}{2,4}$/u;

/**
 * An entry's text, its lines joined; a name and the post printed after it in a fragment of the
 * same line (李新华 / 市发展改革委四级调研员) keep the column gap between them.
 */
function entryText(entry: SourceLine[]): string {
  return entry.reduce((text, line, k) => {
    const gap = k > 0 && line.start === 'fragment' && NAME.test(ROLE.exec(text) ? text.slice(ROLE.exec(text)![0].length) : text);
    return k === 0 ? line.text : gap ? `${text} ${line.text}` : joinWrappedLines([text, line.text]);
  }, '');
}

/** Entries of a member list: each role with the people under it, one person per entry. */
function listEntries(lines: SourceLine[]): ListItem[] {
  const entries: SourceLine[][] = [];
  for (const line of lines) {
    if (entries.length === 0 || opensListEntry(line, opensWithPerson(entries.at(-1)![0]!))) entries.push([line]);
    else entries[entries.length - 1]!.push(line);
  }
  const items: ListItem[] = [];
  let role: ListItem | undefined;
  for (const entry of entries) {
    const text = entryText(entry);
    const label = ROLE.exec(text)?.[0];
    const person = label ? text.slice(label.length) : text;
    if (label && (PERSON.test(person) || NAME.test(person))) {
      role = { text: label, items: [{ text: person }] };
      items.push(role);
    } else if (label) {
      role = undefined;
      items.push({ text });
    } else if (role) role.items!.push({ text });
    else items.push({ text });
  }
  return items;
}

export interface ProseOptions {
  /**
   * Numbered points are paragraphs, never headings. A 批复 answers a request point by point
   * (一、同意…。有关单位要…); its points have no sections under them.
   */
  numberedParagraphs?: boolean;
}

/**
 * A block that is only an entry of a list: the name of an organ or unit, or a person with a post
 * (张伟 尧都区应急管理局局长), unnumbered, with no sentence in it.
 */
function entryLine(group: Group): boolean {
  const text = textOf(group.lines);
  return !group.marker && !group.list && (ORGAN.test(text) || PERSON.test(text)) && titleLine({ text });
}

/** A lead-in sentence that announces what follows: 决定对以下6件规范性文件予以废止： / 现作如下修改： */
const LEAD_IN = /：$/;
/**
 * An entry says one thing: no sentence ends inside it outside quotation marks (将第五条修改为：“…。…”。
 * is one; 一、同意设立…。所需资金由市财政安排。 is a numbered paragraph of a reply).
 */
const oneStatement = (text: string) => !/[。！？；](?!$)/.test(text.replace(/“[^“”]*(?:”|$)/g, '“”'));
/** Unclosed quotation marks: the entry quotes text that goes on in the next printed blocks. */
const openQuotes = (text: string) => count(text, '“') - count(text, '”');

/**
 * Runs of groups that are the entries of a numbered list, by the index of their first group: two
 * or more numbered groups of one level, numbered on from 1, with nothing of their own under them
 * (headings of sections have a body; entries do not), each saying one thing — a name, or an
 * amendment that quotes its new text — after a lead-in
 * ending in ： or, without one, each a bare name or title (1.尧都区人民政府 2.市公安局 under
 * 一、表现突出的单位). An entry that opens a quotation (一、将第五条修改为：“…) goes on until the
 * quotation closes.
 */
function numberedLists(groups: Group[]): Map<number, { end: number; entries: Group[][] }> {
  const lists = new Map<number, { end: number; entries: Group[][] }>();
  for (let i = 1; i < groups.length; i += 1) {
    const first = groups[i]!.marker;
    if (!first || first.number !== 1 || groups[i - 1]!.list) continue;
    const leadIn = LEAD_IN.test(textOf(groups[i - 1]!.lines));
    const entries: Group[][] = [];
    let j = i;
    while (j < groups.length && groups[j]!.marker?.level === first.level && groups[j]!.marker!.number === entries.length + 1) {
      const entry = [groups[j]!];
      let open = openQuotes(textOf(groups[j]!.lines));
      for (j += 1; open > 0 && j < groups.length && !(groups[j]!.marker?.level === first.level); j += 1) {
        entry.push(groups[j]!);
        open += openQuotes(textOf(groups[j]!.lines));
      }
      entries.push(entry);
    }
    const next = groups[j]?.marker;
    const named = entries.every((entry) => entry.length === 1 && titleLine({ text: textOf(entry[0]!.lines) }));
    const texts = entries.map((entry) => entry.map((g) => textOf(g.lines)).join(''));
    // Entries name things (no sentence ends them), or most of them quote the text they put in
    // place (一、将第五条修改为：“…”。); numbered sentences of a notice or reply stay paragraphs.
    const quoting = texts.filter((t) => t.includes('“')).length * 2 > texts.length;
    const statements = texts.every(oneStatement) && (texts.every((t) => !/[。！？]$/.test(t)) || quoting);
    if (entries.length >= 2 && (leadIn || named) && statements && !(next && next.level > first.level)) {
      lists.set(i, { end: j, entries });
      i = j - 1;
    }
  }
  return lists;
}

/** A numbered list's block: 1. 2. … as an ordered list, any other marker (一、 （一）) kept in its entry's text. */
function numberedListBlock(entries: Group[][]): ListBlock {
  const arabic = entries[0]![0]!.marker!.level === 3;
  const items = entries.map(([head, ...quoted]): ListItem => {
    const text = textOf(head!.lines).slice(arabic ? head!.marker!.length : 0);
    return quoted.length ? { text, items: quoted.map((g) => ({ text: textOf(g.lines) })) } : { text };
  });
  return { kind: 'list', ...(arabic ? { start: 1 } : {}), items, lines: entries.flat().flatMap((g) => g.lines) };
}

export function segmentProse(lines: SourceLine[], { numberedParagraphs = false }: ProseOptions = {}): Block[] {
  const groups = groupLines(lines);
  const lists = numberedParagraphs ? new Map() : numberedLists(groups);
  // A title ending in 。 is a heading only when text of its own follows before its next sibling.
  const hasBody = (i: number, level: number) => {
    const next = groups[i + 1];
    return !!next && (!next.marker || next.marker.level > level);
  };
  const leads = parallelLeads(groups);
  const blocks: Block[] = [];
  for (let i = 0; i < groups.length; i += 1) {
    const list = lists.get(i);
    let end = i;
    while (end < groups.length && entryLine(groups[end]!)) end += 1;
    if (list) {
      blocks.push(numberedListBlock(list.entries));
      i = list.end - 1;
    } else if (end - i >= 2) {
      // Units or people one to a line (尧都区人民政府 / 洪洞县人民政府 under 一、先进集体): a list of them.
      const run = groups.slice(i, end);
      blocks.push({ kind: 'list', items: run.map((g) => ({ text: textOf(g.lines) })), lines: run.flatMap((g) => g.lines) });
      i = end - 1;
    } else blocks.push(groupBlock(i));
  }
  return blocks;

  function groupBlock(i: number): Block {
    const group = groups[i]!;
    const text = textOf(group.lines);
    if (group.list) {
      const attendance = ATTENDANCE.test(group.lines[0]!.text);
      return {
        kind: 'list',
        items: listEntries(group.lines),
        lines: group.lines,
        ...(attendance ? { attendance } : {}),
      } satisfies ListBlock;
    }
    const { marker } = group;
    const lead = leads[i];
    if (!marker) return { kind: 'paragraph', text: [text], lines: group.lines, ...(lead ? { lead } : {}) };
    if (numberedParagraphs) return { kind: 'paragraph', text: [text], lines: group.lines };
    const heading = { level: marker.level, number: marker.number, text, lines: group.lines };
    if (isTitle(text, marker, group.lines[0]!.column) && (!text.endsWith('。') || hasBody(i, marker.level)))
      return { kind: 'heading', ...heading };
    const runIn = runInLead(text, marker);
    if (runIn) return { kind: 'runin', ...heading, lead: runIn };
    return { kind: 'paragraph', text: [text], lines: group.lines };
  }
}

/**
 * The 附件 list at the end of a notice: 附件：1.… 2.… as a numbered list (the numbers kept apart
 * from the titles), or a single unnumbered 附件：title as a paragraph.
 */
export function attachmentBlocks(lines: SourceLine[]): { blocks: Block[]; titles: { no?: number; title: string }[] } {
  const label = /^附件[:：]/.exec(lines[0]!.text)![0];
  const entries: SourceLine[][] = [];
  for (const line of lines) {
    const text = line === lines[0] ? line.text.slice(label.length) : line.text;
    if (entries.length === 0 || (/^\d+\./.test(text) && line.start !== 'wrap')) entries.push([line]);
    else entries[entries.length - 1]!.push(line);
  }
  const texts = entries.map((entry, i) => textOf(entry).slice(i === 0 ? label.length : 0));
  const numbered = texts.map((t) => /^(\d+)\.(.+)$/.exec(t));
  if (numbered.some((m, i) => !m || Number(m[1]) !== Number(numbered[0]?.[1]) + i)) {
    return { blocks: [{ kind: 'paragraph', text: [label + texts.join('')], lines }], titles: [{ title: texts.join('') }] };
  }
  const titles = numbered.map((m) => ({ no: Number(m![1]), title: m![2]! }));
  const list: ListBlock = { kind: 'list', start: titles[0]!.no, items: titles.map((t) => ({ text: t.title })), lines };
  return { blocks: [{ kind: 'paragraph', text: [label], lines: [lines[0]!] }, list], titles };
}
