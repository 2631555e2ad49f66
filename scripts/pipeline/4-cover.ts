/**
 * Stage 4, split (the issue's front matter): the cover and 目录 printed before the first document,
 * read into the issue's record, and the 目录 cross-checked against the documents split.
 *
 * The cover prints the gazette's name, 2023年第5期（总第186期）, the organ that 主办 it and the
 * date; the 目录 (a line 目录) lists the documents under section headings (【市政府文件】,
 * 【部门文件】, 【政策解读】), each entry a title that may wrap, its 文号 in brackets, a dot leader
 * and the page; imprint lines follow (主管：…, 编辑：…, 准印证号：…). Any other text before the first
 * document is kept in the record as printed, with a warning: nothing is refused or dropped.
 */
import { joinWrappedLines, type FurnitureLine, type SourceLine } from './2-clean.ts';
import type { MessageLog } from '../lib/messages.ts';
import { parseChineseDate } from '../../model/numbers.ts';
import { CANONICAL_DOC_NUMBER, normalizeDocNumber } from '../../model/wenhao.ts';
import { entryNames, entryOf, type SectionedDocument } from '../../model/contents.ts';
import type { ContentsEntry, Cover, Issue } from '../../model/schema.ts';

const compact = (line: SourceLine) => line.text.replace(/\s+/g, '');

/** An imprint line of the gazette's masthead: a label, a colon, its value. */
const IMPRINT =
  /^(主管|主办|承办|编辑|编印|编辑出版|出版|印刷|发行|地址|邮编|邮政编码|电话|传真|网址|电子邮箱|准印证号|内部资料|刊号)[:：](.*)$/;
/** A 目录 section heading: 【市政府文件】, or the running head's form ·部门文件·. */
const SECTION = /^(?:【(.+)】|[·•](.+)[·•])$/;
/** 2023年第5期（总第186期）. */
const ISSUE_NUMBER = /^(\d{4})年第(\d+)期(?:[（(]总第(\d+)期[）)])?$/;
/** The end of an entry: a dot leader (…, or two dots or more), then the page (1, （1）). */
const PAGE = /^(.*?)(?:[…⋯]+|[.·．]{2,})[（(]?(\d{1,4})[）)]?$/;
/** A page number standing on a line of its own, after an entry's title. */
const PAGE_LINE = /^[（(]?(\d{1,4})[）)]?$/;
/** The entry's 文号, in brackets at the end of its title. */
const ENTRY_NUMBER = new RegExp(`[（(](${CANONICAL_DOC_NUMBER.source})[）)]$`, 'u');

/** Whether a line belongs to the masthead under the 目录 (a first document without a header may follow it). */
export const isImprintLine = (line: SourceLine): boolean => IMPRINT.test(compact(line));

/** One 目录 entry from its printed lines (title, 文号, leader, page), if they end with a page. */
function contentsEntry(lines: SourceLine[], section: string | undefined): ContentsEntry {
  const text = joinWrappedLines(lines.map(compact));
  const pageLine = lines.length > 1 ? PAGE_LINE.exec(compact(lines[lines.length - 1]!)) : null;
  const paged = pageLine ? [text, joinWrappedLines(lines.slice(0, -1).map(compact)), pageLine[1]!] : PAGE.exec(text);
  const titled = paged ? paged[1]! : text;
  const numbered = ENTRY_NUMBER.exec(titled);
  const number = numbered ? normalizeDocNumber(numbered[1]!) : undefined;
  return {
    ...(section ? { section } : {}),
    title: numbered ? titled.slice(0, numbered.index) : titled,
    ...(number ? { number } : {}),
    ...(paged ? { page: Number(paged[2]) } : {}),
    line: lines[0]!.no,
  };
}

/**
 * Reads the lines before the first document. Returns undefined when there are none; otherwise the
 * cover, every line kept in `printed`, and a located warning for each line that is neither cover,
 * 目录 nor imprint, and for a 目录 entry without a page.
 */
export function readCover(file: string, lines: SourceLine[], gazette: string, log: MessageLog): Cover | undefined {
  if (lines.length === 0) return undefined;
  const cover: Cover = { contents: [], imprint: [], printed: lines.map((l) => l.text), lines: [lines[0]!.no, lines[lines.length - 1]!.no] };
  let inContents = false;
  let section: string | undefined;
  let entry: SourceLine[] = [];
  let previousOther = -2; // one warning for each run of such lines
  const other = (line: SourceLine, index: number) => {
    if (previousOther !== index - 1)
      log.warn(
        { file, line: line.no },
        'text-before-first-document',
        `text before the first document that is neither the cover nor the 目录 (“${line.text.slice(0, 20)}”): kept in the issue's record as printed`,
      );
    previousOther = index;
  };
  const closeEntry = () => {
    if (entry.length === 0) return;
    const read = contentsEntry(entry, section);
    if (read.page === undefined)
      log.warn(
        { file, line: read.line },
        'contents-entry',
        `目录 entry “${read.title.slice(0, 24)}” has no page number (a dot leader and a page)`,
      );
    cover.contents.push(read);
    entry = [];
  };
  lines.forEach((line, index) => {
    const text = compact(line);
    const imprint = IMPRINT.exec(text);
    const heading = SECTION.exec(text);
    const numbered = ISSUE_NUMBER.exec(text);
    if (text === '目录') {
      closeEntry();
      inContents = true;
    } else if (imprint) {
      closeEntry();
      inContents = false;
      cover.imprint.push({ label: imprint[1]!, value: imprint[2]! });
      if (imprint[1] === '主办') cover.sponsor ??= imprint[2]!;
    } else if (heading) {
      closeEntry();
      inContents = true;
      section = heading[1] ?? heading[2];
    } else if (inContents) {
      entry.push(line);
      if (PAGE.test(joinWrappedLines(entry.map(compact))) || (entry.length > 1 && PAGE_LINE.test(text))) closeEntry();
    } else if (text === gazette || (cover.gazette === undefined && /公报$/.test(text))) cover.gazette = text;
    else if (numbered) {
      cover.issueNumber = Number(numbered[2]);
      if (numbered[3]) cover.totalNumber = Number(numbered[3]);
    } else if (/^.+主办$/.test(text)) cover.sponsor = text.slice(0, -2);
    else if (parseChineseDate(text.replace(/(?:出版|印发)$/, ''))) cover.date = parseChineseDate(text.replace(/(?:出版|印发)$/, ''));
    else other(line, index);
  });
  closeEntry();
  return cover;
}

/** A document as the 目录 cross-check sees it: what it is listed by, and where it starts. */
export interface CheckedDocument extends SectionedDocument {
  /** Its first source line. */
  line: number;
}

/**
 * Cross-checks the cover against the manifest (its 期号) and the 目录 against the documents split: every entry names a document (by 文号, or by
 * title), with the same title; every document is listed; a page printed at the foot of a page
 * (—11—) agrees with the page an entry gives. Each disagreement is a located warning, never an error.
 */
export function checkContents(
  file: string,
  cover: Cover,
  issue: Pick<Issue, 'year' | 'number'>,
  documents: CheckedDocument[],
  furniture: FurnitureLine[],
  log: MessageLog,
): void {
  if (cover.issueNumber !== undefined && cover.issueNumber !== issue.number)
    log.warn(
      { file, line: cover.lines[0] },
      'cover-number',
      `the cover prints 第${cover.issueNumber}期, the manifest says number ${issue.number}`,
    );
  const footers = furniture.flatMap((f) => (f.rule === 'page-number' ? [{ no: f.no, page: Number(/\d+/.exec(f.raw)![0]) }] : []));
  const listed = new Set<CheckedDocument>();
  for (const entry of cover.contents) {
    const doc =
      documents.find((d) => entry.number !== undefined && d.number === entry.number) ??
      documents.find((d) => entry.number === undefined && entryNames(entry, d));
    if (!doc) {
      log.warn(
        { file, line: entry.line },
        'contents-entry',
        `目录 entry “${entry.title.slice(0, 24)}”${entry.number ? ` (${entry.number})` : ''} names no document of the issue`,
      );
      continue;
    }
    listed.add(doc);
    if (!entryNames(entry, doc))
      log.warn(
        { file, line: entry.line },
        'contents-entry',
        `目录 entry ${entry.number}: its title “${entry.title}” differs from the document's “${doc.title}”`,
      );
    if (entry.page === undefined) continue;
    // A page ends with its number (—11—): one that ends before the document reached the entry's page, or after it, disagrees.
    const before = footers.filter((f) => f.no < doc.line).at(-1);
    const after = footers.find((f) => f.no > doc.line);
    if ((before && before.page >= entry.page) || (after && after.page < entry.page))
      log.warn(
        { file, line: entry.line },
        'contents-page',
        `目录 entry “${entry.title.slice(0, 24)}” gives page ${entry.page}, but the document starts on line ${doc.line}, ${before && before.page >= entry.page ? `after page ${before.page} ended` : `before page ${after!.page} ended`}`,
      );
  }
  if (cover.contents.length === 0) return;
  for (const doc of documents.filter((d) => !listed.has(d) && !entryOf(d, cover.contents)))
    log.warn({ file, line: doc.line }, 'contents-entry', `document ${doc.number ?? doc.title} is not listed in the issue's 目录`);
}
