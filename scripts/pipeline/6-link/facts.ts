/**
 * Facts a document states about itself in its own words: from when it applies (施行日期:
 * 本办法自2023年5月1日起施行, 现予公布，自…起施行, 自印发之日起施行), until when (有效期至2028年4月30日, or
 * 有效期5年 counted from that day) and what it repeals (…同时废止).
 */
import { parseChineseDate, parseChineseNumeral } from '../../../model/numbers.ts';
import type { DocumentRecord } from '../../../model/schema.ts';
import { findCitations, type Resolve } from './citations.ts';

const EFFECTIVE =
  /(?:本[\p{Script=Han}]{1,8}|现予(?:公布|发布|印发)，?)自(?:(\d{4}年\d{1,2}月\d{1,2}日)|(?:印发|发布|公布)之日)起(?:施行|执行|实施|生效)/u;
const VALID_UNTIL = /有效期至(\d{4}年\d{1,2}月\d{1,2}日)/;
const VALID_FOR = /有效期(?:为)?(\d+|[一二三四五六七八九十]+)年/;

/** 施行日期 as ISO: the date it names, or the document's own date when it applies from issue. */
export function effectiveDate(text: string, date: string): string | undefined {
  const m = EFFECTIVE.exec(text);
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

/** Sentences ending in 废止: where the documents it repeals are cited. */
export function repealSentences(text: string): string[] {
  return text.split(/[。；]/).filter((sentence) => sentence.endsWith('废止'));
}

/** The facts of a document's record: 施行日期, 有效期 and what it repeals (resolved), each only when stated. */
export function documentFacts(text: string, date: string, resolve: Resolve): Pick<DocumentRecord, 'effective' | 'validUntil' | 'repeals'> {
  const effective = effectiveDate(text, date);
  const until = validUntil(text, effective);
  const repeals = repealSentences(text).flatMap(findCitations).map(resolve);
  return { ...(effective ? { effective } : {}), ...(until ? { validUntil: until } : {}), ...(repeals.length ? { repeals } : {}) };
}
