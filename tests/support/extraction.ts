/**
 * A generator of the PDF extraction: lays a clean, structured gazette document (or a whole issue)
 * out the way the extraction of the printed gazette comes out in content/source/<id>.txt, driven
 * by a seeded random source so that any failure is reproducible from its seed.
 *
 * What it reproduces, each measured in content/source/2023-02.txt (see `measureExtraction` and
 * tests/support/extraction.md for the figures):
 * - hard wraps at the column, in em as the page sets them (`lineWidth` of the layout stage), a
 *   block's first line indented two characters; punctuation may hang past the margin;
 * - a blank line after each text line (not always: table cells and wrapped cells run on);
 * - whitespace-only "indent mark" lines before some block starts (4 spaces; 10 before a hanging
 *   entry of a name list), one-space lines between two fragments of one printed line, and lines
 *   that open with one space;
 * - the issuer's header printed vertically, one character a line; an order's header on one line;
 * - the 文号 with spaces: 临政发〔2023〕1 号 or 临政发〔 2023〕 1 号; spaces around numbers (2023 年);
 * - the full-width , ; : ( ) turned into ASCII (a share can be left full-width), a space after a
 *   sentence's 。 inside a line and between 》 《;
 * - page breaks at any line: the page number (—12—) and the next page's running head
 *   (12 / 2023 临汾市人民政府公报 ·市政府文件·), a table's header row printed again after one;
 * - tables read cell by cell (a wrapped cell's lines run on) or row by row, name lists with a
 *   letter-spaced two-character name and the post wrapped under it.
 */
import { lineWidth } from '../../scripts/pipeline/3-layout.ts';

// ---------------------------------------------------------------------------------------------
// The clean document

/** The fifteen kinds of 公文 (GB/T 9704, 党政机关公文处理工作条例), and the gazette's 政策解读. */
export const KINDS = [
  '决议',
  '决定',
  '命令',
  '公报',
  '公告',
  '通告',
  '意见',
  '通知',
  '通报',
  '报告',
  '请示',
  '批复',
  '议案',
  '函',
  '纪要',
] as const;
export type Kind = (typeof KINDS)[number] | '政策解读';

/** One block of a document's body, as printed. */
export type Block =
  /** A paragraph (its first line indented two characters). */
  | { type: 'paragraph'; text: string }
  /** A numbered or plain heading standing alone on its line(s). */
  | { type: 'heading'; text: string }
  /** A list: each entry opens a printed line of its own, indented like a paragraph. */
  | { type: 'list'; items: string[] }
  /** A name list: person, then post; a role label (组　 长:) before the first of its group. */
  | { type: 'names'; entries: NameEntry[] }
  /** A table: the header row, the rows; `title` and `unit` printed above it. */
  | { type: 'table'; title?: string; unit?: string; header: string[]; rows: string[][] }
  /** The 附件 line(s) after the body: 附件:1. title / 2. title. */
  | { type: 'attachments'; items: string[] };

export interface NameEntry {
  /** Role label printed before the name (组长, 副组长, 成员, 出席, 列席, 请假), if any. */
  role?: string;
  name: string;
  /** Post or unit after the name (may be empty). */
  post: string;
}

/** A 附件 printed after the 落款: its label (附件 1; none for the text an order publishes), title and body. */
export interface Annex {
  label?: string;
  title: string;
  blocks: Block[];
}

/** A clean gazette document: what a reader of the printed page sees, structured. */
export interface CleanDocument {
  /** Stable id in the corpus. */
  id: string;
  /** Addresses of the public documents the wording comes from (adapted: names, 文号, dates). */
  sources: string[];
  kind: Kind;
  /** Issuing organs in printed order (joint documents have two or more). */
  issuers: string[];
  /** How the header is printed: vertical organ names, an order's one-line header, none. */
  header: 'vertical' | 'order' | 'none';
  /** 文号 as canonically written (临政发〔2023〕1号, 临汾市人民政府令第8号); none for 政策解读, 纪要 may have one. */
  number?: string;
  title: string;
  /** The 主送 line, as printed (without its colon). */
  addressees?: string;
  blocks: Block[];
  /** 落款: organs (on one line, side by side when several) and date; an order's signatory. */
  signature?: { issuers: string[]; date: string; signatory?: { post: string; name: string } };
  /** 公开方式 note, e.g. 此件公开发布. */
  disclosure?: string;
  annexes?: Annex[];
  /** What it states about itself, as a reader records it: 施行日期, 有效期, what it repeals, amends or interprets. */
  facts?: DocumentFacts;
  /** 版记: 抄送 and the 印发 line (organ and date). */
  colophon?: { copiedTo?: string; printed?: { organ: string; date: string } };
}

/** Facts a document states about itself (dates ISO; documents by 文号). */
export interface DocumentFacts {
  effective?: string;
  validUntil?: string;
  repeals?: { number: string; title: string }[];
  amends?: string[];
  interprets?: string;
}

/** An issue: its documents in printed order, each under a 目录 section (the running head). */
export interface CleanIssue {
  year: number;
  number: number;
  /** 总期号. */
  total: number;
  /** Date printed on the cover (ISO). */
  date: string;
  sections: { name: string; documents: CleanDocument[] }[];
}

// ---------------------------------------------------------------------------------------------
// Randomness

/** A seeded random source (mulberry32): the same seed lays the same text out. */
export class Random {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  /** A float in [0, 1). */
  next(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }
}

// ---------------------------------------------------------------------------------------------
// Calibration (figures measured in content/source/2023-02.txt; see tests/support/extraction.md)

export interface ExtractionProfile {
  /** Width of the body column in em. */
  column: number;
  /** Width at which a title is broken, in em. */
  titleColumn: number;
  /** Width of a name list's column, in em. */
  listColumn: number;
  /** Probability that a block start is preceded by an indent mark line. */
  indentMark: number;
  /** Probability that a printed line is cut into two fragments by a one-space line. */
  fragment: number;
  /** Probability that a text line is not followed by a blank line (prose). */
  noBlank: number;
  /** Text lines per printed page. */
  pageLines: number;
  /** Share of page breaks that keep their furniture (page number, running head) in the extraction. */
  furniture: number;
  /** Share of , ; : ( ) left full-width (0 in 2023-02: all ASCII). */
  fullWidth: number;
  /** Probability of a space after 。 (or ” 》) inside a line. */
  spaceAfterStop: number;
  /** Probability that a 文号 is printed with spaces inside the brackets (〔 2023〕 5 号). */
  spacedNumber: number;
}

/** The profile measured in 2023-02 (see `measureExtraction`). */
export const PROFILE_2023_02: ExtractionProfile = {
  column: 22,
  titleColumn: 16,
  listColumn: 20,
  indentMark: 0.28,
  fragment: 0.02,
  noBlank: 0.02,
  pageLines: 70,
  furniture: 0.05,
  fullWidth: 0,
  spaceAfterStop: 0.6,
  spacedNumber: 0.2,
};

// ---------------------------------------------------------------------------------------------
// Characters and widths

const FULL_TO_ASCII: Record<string, string> = { '，': ',', '；': ';', '：': ':', '（': '(', '）': ')', '？': '?', '！': '!' };
const CJK = /[\u3400-\u9fff]/;

/** Width in em of one character as the layout stage measures it. */
function charWidth(ch: string): number {
  return lineWidth(`一${ch}一`) - 2;
}

/**
 * The extraction's spelling of a clean text: ASCII for the full-width punctuation (a share kept),
 * a space between a number and a CJK character (2023 年), a space after a mid-line 。 sometimes.
 */
export function extractionSpelling(text: string, random: Random, profile: ExtractionProfile): string {
  let out = '';
  const chars = [...text];
  chars.forEach((ch, i) => {
    const prev = chars[i - 1] ?? '';
    const next = chars[i + 1] ?? '';
    if (/\d/.test(ch) && CJK.test(prev)) out += ' ';
    if (/\d/.test(ch) && prev === '.' && /\d/.test(chars[i - 2] ?? '')) out += ' ';
    if (FULL_TO_ASCII[ch] && !random.chance(profile.fullWidth)) out += FULL_TO_ASCII[ch];
    else if (ch === '\u3000')
      out += '\u3000 '; // an ideographic space comes out with a space after it
    else out += ch;
    if (/\d/.test(ch) && CJK.test(next)) out += ' ';
    else if (ch === '.' && /\d/.test(prev) && CJK.test(next)) out += ' ';
    else if ((ch === '。' || ch === '》') && next && next !== '”' && random.chance(profile.spaceAfterStop)) out += ' ';
  });
  return out;
}

/** Breaks text into printed lines no wider than `width` em (the first `firstIndent` em narrower). */
export function wrap(text: string, width: number, firstIndent = 0): string[] {
  const lines: string[] = [];
  let line = '';
  let used = 0;
  let limit = width - firstIndent;
  const tokens = text.match(/[A-Za-z0-9.]+|./gu) ?? [];
  for (const token of tokens) {
    const w = [...token].reduce((s, ch) => s + charWidth(ch), 0);
    // Punctuation hangs at the margin rather than open a line (避头).
    const hangs = /^[,;:)。、，；：）”》〕!?]$/.test(token);
    if (line && used + w > limit + 0.01 && !(hangs && used + w <= limit + 0.5)) {
      // An opening bracket or quote does not end a line (避尾): it moves to the next.
      const opening = /[(（“《〔〈]$/.exec(line.trimEnd())?.[0] ?? '';
      lines.push(line.trimEnd().slice(0, line.trimEnd().length - opening.length));
      line = opening;
      used = opening ? charWidth(opening) : 0;
      limit = width;
      if (token === ' ') continue;
    }
    line += token;
    used += w;
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}

// ---------------------------------------------------------------------------------------------
// The page: lines, page breaks, furniture

/** The raw text being written, with the page count and the running head's section. */
class Page {
  readonly out: string[] = [];
  private linesOnPage = 0;
  section = '市政府文件';
  /** Header row of the table being printed, repeated after a page break. */
  tableHeader: string | undefined;
  private readonly random: Random;
  private readonly profile: ExtractionProfile;
  private page: number;
  /** The page being printed. */
  get current(): number {
    return this.page;
  }
  private readonly issue: { year: number; number: number };
  constructor(random: Random, profile: ExtractionProfile, page: number, issue: { year: number; number: number }) {
    this.random = random;
    this.profile = profile;
    this.page = page;
    this.issue = issue;
  }

  /** The next text line opens a page whose furniture the extraction lost: it starts with a space. */
  private pageStart = false;

  /** One printed line, with what may precede it (mark) and follow it (blank line). */
  line(text: string, options: { mark?: number; blank?: boolean } = {}): void {
    const { mark = 0, blank = true } = options;
    if (mark > 0) {
      // The mark stands where the blank line after the previous line would be.
      if (this.out.at(-1) === '') this.out.pop();
      this.out.push(' '.repeat(mark), '');
    }
    const lead = this.pageStart ? ' ' : '';
    this.pageStart = false;
    if (text.length > 6 && this.random.chance(this.profile.fragment)) {
      const at = this.random.int(2, text.length - 3);
      this.out.push(lead + text.slice(0, at).replace(/ +$/, ''), ' ', text.slice(at).replace(/^ +/, ''));
    } else this.out.push(lead + text);
    if (blank && !this.random.chance(this.profile.noBlank)) this.out.push('');
    this.count();
  }

  /** Lines set apart by layout alone (vertical header characters). */
  raw(...lines: string[]): void {
    this.out.push(...lines);
    this.count();
  }

  /** While set, no page break: a document's header, title and 文号 stand on one page. */
  keepTogether = false;

  private count(): void {
    this.linesOnPage++;
    if (!this.keepTogether && this.linesOnPage >= this.profile.pageLines + this.random.int(-3, 3)) this.breakPage();
  }

  /**
   * A page break: the page number at the foot and the next page's running head (odd and even pages
   * differ), or, where the extraction lost them, a space opening the next page's first line. A table
   * running on prints its header row again, opening with a space.
   */
  breakPage(): void {
    this.linesOnPage = 0;
    this.page++;
    if (!this.random.chance(this.profile.furniture)) {
      if (this.tableHeader) this.out.push(` ${this.tableHeader}`, '');
      else this.pageStart = true;
      return;
    }
    const { year, number } = this.issue;
    if (this.out.at(-1) !== '') this.out.push('');
    this.out.push(`—${this.page - 1}—`, '');
    const gap = '　 '.repeat(17);
    const head =
      this.page % 2 === 0
        ? `${number} / ${year}　 临汾市人民政府公报${gap}·${this.section}·　`
        : `　 ·${this.section}·${'　 '.repeat(13)}${number} / ${year}　 临汾市人民政府公报`;
    this.out.push(head, '', '', '');
    if (this.tableHeader) this.out.push(` ${this.tableHeader}`, '');
  }
}

// ---------------------------------------------------------------------------------------------
// Laying a document out

/** A 文号 as the extraction prints it: 临政发〔2023〕1 号, sometimes 临政发〔 2023〕 1 号. */
export function spellNumber(number: string, random: Random, profile: ExtractionProfile): string {
  const order = /^(.*令)(第)(\d+)(号)$/.exec(number);
  if (order) return `${order[2]} ${order[3]} ${order[4]}`;
  const spaced = random.chance(profile.spacedNumber);
  return number.replace(/〔(\d+)〕(\d+)号/, (_, year, n) => (spaced ? `〔 ${year}〕 ${n} 号` : `〔${year}〕${n} 号`));
}

/** A date as printed in a 落款: 2023 年 1 月 31 日. */
export function spellDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y} 年 ${m} 月 ${d} 日`;
}

/** A two-character name is letter-spaced to three (杨　 楠); a role label likewise (组　 长). */
function spread(word: string): string {
  return [...word].length === 2 ? [...word].join('\u3000') : word;
}

class Layout {
  private readonly page: Page;
  private readonly random: Random;
  private readonly profile: ExtractionProfile;
  constructor(page: Page, random: Random, profile: ExtractionProfile) {
    this.page = page;
    this.random = random;
    this.profile = profile;
  }

  private spell(text: string): string {
    return extractionSpelling(text, this.random, this.profile);
  }

  /** A block of prose: first line indented, the rest wrapped at the column. */
  private prose(text: string, width = this.profile.column): void {
    const lines = wrap(this.spell(text), width, 2);
    lines.forEach((line, i) => {
      this.page.line(line, { mark: i === 0 && this.random.chance(this.profile.indentMark) ? 4 : 0 });
    });
  }

  /** Short lines set apart (title, heading): broken at `width`. */
  private standing(text: string, width: number): void {
    for (const line of wrap(this.spell(text), width)) this.page.line(line);
  }

  header(doc: CleanDocument): void {
    if (doc.header === 'vertical') {
      const organs = doc.issuers.map((issuer) => [...issuer]);
      organs.forEach((chars, k) => {
        chars.forEach((ch, i) => {
          const last = k === organs.length - 1 && i === chars.length - 1;
          this.page.raw(...(last ? [ch, ''] : [ch, ' ', '']));
        });
      });
    } else if (doc.header === 'order') {
      this.page.line(` ${doc.issuers[0]}令`);
      this.page.line(spellNumber(doc.number!, this.random, this.profile));
    }
  }

  document(doc: CleanDocument): void {
    this.page.keepTogether = true;
    this.header(doc);
    if (doc.header !== 'order') {
      this.standing(doc.title, this.profile.titleColumn);
      if (doc.number) this.page.line(spellNumber(doc.number, this.random, this.profile));
    }
    this.page.keepTogether = false;
    if (doc.addressees) {
      for (const line of wrap(this.spell(`${doc.addressees}：`), this.profile.column)) this.page.line(line);
    }
    for (const block of doc.blocks) this.block(block);
    if (doc.signature) {
      const { issuers, date, signatory } = doc.signature;
      if (signatory) this.page.line(`${signatory.post}　 ${signatory.name}`);
      else if (issuers.length > 0) this.page.line(issuers.join('　 　 '));
      this.page.line(spellDate(date));
    }
    if (doc.disclosure) this.page.line(this.spell(`（${doc.disclosure}）`));
    for (const annex of doc.annexes ?? []) {
      if (annex.label) this.page.line(this.spell(annex.label));
      this.standing(annex.title, this.profile.column);
      for (const block of annex.blocks) this.block(block);
    }
    if (doc.colophon) {
      const { copiedTo, printed } = doc.colophon;
      if (copiedTo) for (const line of wrap(this.spell(`抄送：${copiedTo}。`), this.profile.column)) this.page.line(line);
      if (printed) this.page.line(`${printed.organ}${'　 '.repeat(3)}${spellDate(printed.date)}印发`);
    }
  }

  block(block: Block): void {
    switch (block.type) {
      case 'paragraph':
        return this.prose(block.text);
      case 'heading':
        return this.standing(block.text, this.profile.column);
      case 'list':
        return block.items.forEach((item) => this.prose(item));
      case 'attachments':
        block.items.forEach((item, i) => {
          const text = block.items.length === 1 ? `附件：${item}` : i === 0 ? `附件：1. ${item}` : `${i + 1}. ${item}`;
          wrap(this.spell(text), this.profile.column).forEach((line, j) => this.page.line(line, { mark: i > 0 && j === 0 ? 8 : 0 }));
        });
        return;
      case 'names':
        return this.names(block.entries);
      case 'table':
        return this.table(block);
    }
  }

  private names(entries: NameEntry[]): void {
    entries.forEach((entry, i) => {
      const label = entry.role ? `${spread(entry.role)}：` : '';
      const name = spread(entry.name);
      const text = this.spell(`${label}${name}${entry.post ? `\u3000${entry.post}` : ''}`);
      const lines = wrap(text, this.profile.listColumn);
      const hanging = i > 0 && !entry.role;
      lines.forEach((line, j) => this.page.line(line, { mark: j === 0 && i > 0 ? (hanging ? 10 : 4) : 0 }));
    });
  }

  /** A table: header row on one line; each row on one line or cell by cell, wrapped cells running on. */
  private table(table: Extract<Block, { type: 'table' }>): void {
    if (table.title) this.standing(table.title, this.profile.column);
    if (table.unit) this.page.line(this.spell(table.unit));
    const header = this.spell(table.header.join(' '));
    this.page.line(header);
    this.page.tableHeader = header;
    // Each column is as wide as its widest cell, within 2 to 10 em: long cells (unit names) wrap.
    const rows = table.rows.map((row) => row.map((cell) => this.spell(cell)));
    const widths = table.header.map((_, c) => Math.min(10, Math.max(2, ...rows.map((r) => Math.ceil(lineWidth(r[c] ?? ''))))));
    for (const cells of rows) {
      const fits = cells.every((cell, c) => lineWidth(cell) <= widths[c]!);
      if (fits && this.random.chance(0.5)) {
        this.page.line(cells.filter((c) => c !== '').join(' '));
        continue;
      }
      for (const [c, cell] of cells.entries()) {
        if (cell === '') continue;
        const lines = wrap(cell, widths[c]!);
        lines.forEach((line, j) => this.page.line(line, { blank: j === lines.length - 1 && this.random.chance(0.7) }));
      }
    }
    this.page.tableHeader = undefined;
  }
}

// ---------------------------------------------------------------------------------------------
// Entry points

export interface LayoutOptions {
  seed: number;
  profile?: ExtractionProfile;
  /** Page number of the first page. */
  firstPage?: number;
  issue?: { year: number; number: number };
}

/** Lays one document out as the extraction prints it. */
export function layOutDocument(doc: CleanDocument, options: LayoutOptions): string {
  return layOutDocuments([doc], options);
}

/** Lays documents out one after the other, as in an issue without its cover. */
export function layOutDocuments(docs: CleanDocument[], options: LayoutOptions): string {
  const profile = options.profile ?? PROFILE_2023_02;
  const random = new Random(options.seed);
  const page = new Page(random, profile, options.firstPage ?? 1, options.issue ?? { year: 2023, number: 9 });
  const layout = new Layout(page, random, profile);
  for (const doc of docs) layout.document(doc);
  return `${page.out.join('\n').replace(/\n+$/, '')}\n`;
}

/** Where each document of an issue starts: its 目录 entry. */
export interface ContentsEntry {
  section: string;
  title: string;
  number?: string;
  page: number;
}

/**
 * Lays a whole issue out: the cover and 目录 (sections in 【】, each entry's title with its 文号, dot
 * leaders and the page it starts on), the colophon lines (主管, 主办, 编辑, 准印证号), then the documents
 * from page 1, each section under its running head.
 */
export function layOutIssue(issue: CleanIssue, options: LayoutOptions): { text: string; contents: ContentsEntry[] } {
  const profile = options.profile ?? PROFILE_2023_02;
  const random = new Random(options.seed);
  const page = new Page(random, profile, 1, { year: issue.year, number: issue.number });
  const layout = new Layout(page, random, profile);
  const contents: ContentsEntry[] = [];
  for (const section of issue.sections) {
    page.section = section.name;
    for (const doc of section.documents) {
      // The 目录 names the issuer before a title that opens with 关于 (…关于…的通知), as the gazette prints it.
      const title = doc.title.startsWith('关于') ? `${doc.issuers.join('　')}${doc.title}` : doc.title;
      contents.push({ section: section.name, title, number: doc.number, page: page.current });
      layout.document(doc);
    }
  }
  const [y, m, d] = issue.date.split('-').map(Number);
  const cover: string[] = [
    '临汾市人民政府公报',
    '',
    `${issue.year} 年第 ${issue.number} 期(总第 ${issue.total} 期)`,
    '',
    '临汾市人民政府办公室主办',
    '',
    `${y} 年 ${m} 月 ${d} 日出版`,
    '',
    '目　 录',
    '',
  ];
  let section = '';
  for (const entry of contents) {
    if (entry.section !== section) cover.push(`【${(section = entry.section)}】`, '');
    const text = extractionSpelling(entry.number ? `${entry.title}（${entry.number}）` : entry.title, random, profile);
    const lines = wrap(text, profile.column + 4);
    const last = lines.pop()!;
    for (const line of lines) cover.push(line, '');
    const leaders = '…'.repeat(Math.max(2, Math.floor(profile.column + 4 - lineWidth(last) - 2)));
    cover.push(`${last}${leaders}(${entry.page})`, '');
  }
  cover.push(
    '主管:临汾市人民政府',
    '',
    '主办:临汾市人民政府办公室',
    '',
    '编辑:《临汾市人民政府公报》编辑部',
    '',
    '地址:临汾市尧都区鼓楼西大街 1 号　 电话:0357-2091234',
    '',
    '准印证号:(晋)L 字 2023—005 号',
    '',
  );
  return { text: `${[...cover, ...page.out].join('\n').replace(/\n+$/, '')}\n`, contents };
}

// ---------------------------------------------------------------------------------------------
// Measuring an extraction (for calibration against 2023-02)

export interface ExtractionFigures {
  /** Non-blank text lines. */
  textLines: number;
  /** Share of text lines followed by a blank line. */
  blankAfter: number;
  /** Indent mark lines (two or more spaces) per 100 text lines. */
  marksPer100: number;
  /** One-space lines per 100 text lines, vertical headers excluded. */
  fragmentsPer100: number;
  /** Page breaks: lines opening with one space (a page whose furniture was lost) and page numbers. */
  pageBreaks: number;
  /** Share of page breaks that kept their page number. */
  furnitureShare: number;
  /** Share of ASCII among , ; : ( ) and their full-width forms. */
  asciiShare: number;
  /** Most common width (em, floored) of text lines of 12 em or more: the body column. */
  column: number;
  /** Share of text lines of 12 em or more that are within 1.5 em of the column (full lines). */
  fullLineShare: number;
  /** Share of numbers followed by a CJK character that are spaced from it (2023 年). */
  spacedNumbers: number;
  /** Median number of text lines between two page breaks. */
  linesPerPage: number;
}

/** Figures of an extracted text (see `ExtractionFigures`). */
export function measureExtraction(text: string): ExtractionFigures {
  const lines = text.split('\n');
  const isText = (l: string | undefined) => l !== undefined && l.trim() !== '';
  let textLines = 0;
  let blankAfter = 0;
  let marks = 0;
  let fragments = 0;
  let ascii = 0;
  let full = 0;
  let spaced = 0;
  let numbers = 0;
  const widths = new Map<number, number>();
  const breaks: number[] = [];
  let numbered = 0;
  lines.forEach((line, i) => {
    if (/^ +$/.test(line)) {
      if (line.length >= 2) marks++;
      else if ([...(lines[i - 1] ?? '').trim()].length > 1) fragments++;
      return;
    }
    if (!isText(line)) return;
    textLines++;
    if (lines[i + 1] === '') blankAfter++;
    if (/^ \S/.test(line) && !breaks.includes(textLines - 1) && !breaks.includes(textLines - 2) && !breaks.includes(textLines - 3))
      breaks.push(textLines);
    if (/^—\d+—$/.test(line)) {
      breaks.push(textLines);
      numbered++;
    }
    ascii += (line.match(/[,;:()]/g) ?? []).length;
    full += (line.match(/[，；：（）]/g) ?? []).length;
    spaced += (line.match(/\d [\u3400-\u9fff]/g) ?? []).length;
    numbers += (line.match(/\d ?[\u3400-\u9fff]/g) ?? []).length;
    const w = Math.floor(lineWidth(line));
    if (w >= 12) widths.set(w, (widths.get(w) ?? 0) + 1);
  });
  const column = [...widths].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0] ?? 0;
  const long = [...widths].reduce((s, [, c]) => s + c, 0);
  const fullLines = [...widths].filter(([w]) => Math.abs(w - column) <= 1.5).reduce((s, [, c]) => s + c, 0);
  const spans = breaks
    .slice(1)
    .map((b, i) => b - breaks[i]!)
    .sort((a, b) => a - b);
  const per100 = (n: number) => Math.round((n / textLines) * 1000) / 10;
  const share = (a: number, b: number) => Math.round((a / Math.max(1, b)) * 100) / 100;
  return {
    textLines,
    blankAfter: share(blankAfter, textLines),
    marksPer100: per100(marks),
    fragmentsPer100: per100(fragments),
    pageBreaks: breaks.length,
    furnitureShare: share(numbered, breaks.length),
    asciiShare: share(ascii, ascii + full),
    column,
    fullLineShare: share(fullLines, long),
    spacedNumbers: share(spaced, numbers),
    linesPerPage: spans[Math.floor(spans.length / 2)] ?? 0,
  };
}
