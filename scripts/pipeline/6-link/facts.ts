/**
 * Facts a document states about itself in its own words: from when it applies (施行日期:
 * 本办法自2023年5月1日起施行, 现予公布，自…起施行, 自印发之日起施行, 自公布之日起施行), until when
 * (有效期至2028年4月30日, or 有效期5年 counted from that day) and what it repeals (…同时废止,
 * 予以废止, 停止执行, 不再执行, 自…起废止; a lead-in ending in ： and the list or table of documents
 * under it, or the annex it points to).
 */
import { blockText, type Block, type Part } from '../blocks.ts';
import { CHINESE_DATE, parseChineseDate, parseChineseNumeral } from '../../../model/numbers.ts';
import type { DocumentRecord } from '../../../model/schema.ts';
import { normalizeDocNumber } from '../../../model/wenhao.ts';
import { findCitations, type Cited, type Resolve } from './citations.ts';

/** When it applies: a date, or the day it is issued, published or printed (then the document's date). */
const APPLIES = `自(?:(${CHINESE_DATE})|(?:印发|发布|公布|下发|签发)之日)起(?:施行|执行|实施|生效)(?!以来|后|的)`;
/** The document speaks of itself (本办法…, 现予公布，…): preferred over a bare 自…起施行 elsewhere in the text. */
const OWN_EFFECTIVE = new RegExp(`(?:本[\\p{Script=Han}]{1,8}|现予(?:公布|发布|印发)，?)${APPLIES}`, 'u');
const ANY_EFFECTIVE = new RegExp(APPLIES, 'u');
const VALID_UNTIL = new RegExp(`有效期(?:截)?至(${CHINESE_DATE})`);
const VALID_FOR = /有效期(?:为)?(\d+|[一二两三四五六七八九十]+)年/;

/** 施行日期 as ISO: the date it names, or the document's own date when it applies from issue. */
export function effectiveDate(text: string, date: string): string | undefined {
  const m = OWN_EFFECTIVE.exec(text) ?? ANY_EFFECTIVE.exec(text);
  return m ? (m[1] ? parseChineseDate(m[1]) : date) : undefined;
}

/** Last day of its 有效期 as ISO: printed as a date, or N years from `effective` less one day. */
export function validUntil(text: string, effective: string | undefined): string | undefined {
  const until = VALID_UNTIL.exec(text);
  if (until) return parseChineseDate(until[1]!);
  const years = VALID_FOR.exec(text);
  const count = years ? (/^\d+$/.test(years[1]!) ? Number(years[1]) : parseChineseNumeral(years[1]!)) : undefined;
  if (!effective || !count) return undefined;
  const end = new Date(`${effective}T00:00:00Z`);
  end.setUTCFullYear(end.getUTCFullYear() + count);
  end.setUTCDate(end.getUTCDate() - 1);
  return end.toISOString().slice(0, 10);
}

/** The wordings of a repeal: 废止 (同时废止, 予以废止, 自…起废止), 停止执行, 不再执行. */
const REPEAL = /废止|停止执行|不再执行/;
/** A sentence that repeals what it cites: it ends in the wording, or opens the repeal with it (决定废止《…》…). */
const REPEALING_SENTENCE = /(?:废止|停止执行|不再执行)$|(?:决定|现|予以|同时|一并)(?:予以)?(?:废止|停止执行)《/;
/**
 * A sentence that says a repeal does not happen, speaks of repealing in general, or sets aside
 * only the provisions of another document that disagree (…中与本通知不一致的，不再执行): no repeal.
 */
const NO_REPEAL = /(?:制定|修改|修订|清理)[、和及]?(?:修改|修订)?[、和及]?废止(?:工作|程序|制度)|未废止|不予废止|拟废止|不一致|相抵触/;

/** Sentences of a text, each with the punctuation that ended it dropped, except a closing ：. */
const sentences = (text: string) => text.split(/[。；！？]/).filter(Boolean);

/** A document cited by a repeal: its title and 文号, as far as printed. */
type Repealed = Cited;

/** The documents of a table's rows: a cell that is a 文号, and the widest other non-figure cell as its title. */
function tableRows(block: Extract<Block, { kind: 'table' }>): Repealed[] {
  return block.rows.flatMap((row) => {
    const numberAt = row.findIndex((cell) => normalizeDocNumber(cell) !== undefined);
    if (numberAt === -1) return [];
    const titles = row.filter((cell, i) => i !== numberAt && /\p{Script=Han}{4}/u.test(cell)).sort((a, b) => b.length - a.length);
    const title = titles[0]?.replace(/^《(.+)》$/, '$1');
    return [{ ...(title ? { title } : {}), number: normalizeDocNumber(row[numberAt]!)! }];
  });
}

/**
 * What a document repeals, in printed order: the citations in each sentence that repeals
 * what it names, and every document of a list or table that a lead-in repealing "the following"
 * (决定对以下6件规范性文件予以废止：) opens, or of the annexes such a sentence points to (见附件).
 */
export function repealedDocuments(blocks: readonly { block: Block; part: Part }[]): Repealed[] {
  const out: Repealed[] = [];
  const find = findCitations;
  const listed = (block: Block): Repealed[] => (block.kind === 'table' ? tableRows(block) : find(blockText(block)));
  blocks.forEach(({ block, part }, i) => {
    if (block.kind === 'table' || block.kind === 'note' || part.kind === 'colophon') return;
    for (const sentence of sentences(blockText(block))) {
      if (!REPEAL.test(sentence) || NO_REPEAL.test(sentence)) continue;
      const leadIn = sentence.endsWith('：');
      if (!leadIn && REPEALING_SENTENCE.test(sentence)) out.push(...find(sentence));
      if (/附件|附后/.test(sentence)) {
        // 目录见附件 / 附后: the annexes hold the list.
        out.push(...blocks.filter((b) => b.part.kind === 'annex').flatMap((b) => (enumerates(b.block) ? listed(b.block) : [])));
      } else if (leadIn && sentence === sentences(blockText(block)).at(-1)) {
        for (let j = i + 1; j < blocks.length && blocks[j]!.part === part && enumerates(blocks[j]!.block); j += 1)
          out.push(...listed(blocks[j]!.block));
      }
    }
  });
  const seen = new Set<string>();
  return out.filter((r) => {
    const key = r.number ?? `《${r.title}》`;
    return !seen.has(key) && !!seen.add(key);
  });
}

/** A block that enumerates documents: a list, a table, or a numbered entry citing one (1.《…》（…号）). */
function enumerates(block: Block): boolean {
  if (block.kind === 'list' || block.kind === 'table') return true;
  const text = blockText(block);
  return /^(?:\d{1,3}[.、]|（\d{1,3}）|[一二三四五六七八九十]+、)/.test(text) && /《|〔\d{4}〕/.test(text);
}

/** The facts of a document's record: 施行日期, 有效期 and what it repeals (resolved), each only when stated. */
export function documentFacts(
  blocks: readonly { block: Block; part: Part }[],
  text: string,
  date: string,
  resolve: Resolve,
): Pick<DocumentRecord, 'effective' | 'validUntil' | 'repeals'> {
  const effective = effectiveDate(text, date);
  const until = validUntil(text, effective);
  const repeals = repealedDocuments(blocks).map(resolve);
  return { ...(effective ? { effective } : {}), ...(until ? { validUntil: until } : {}), ...(repeals.length ? { repeals } : {}) };
}
