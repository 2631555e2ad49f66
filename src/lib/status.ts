/**
 * A document's status on a given day, as the national law database and 北大法宝 show it, computed
 * from what the gazette prints: 已废止 when a document of the corpus repeals it, 尚未生效 before its
 * 施行日期, 有效期届满 after the last day of its 有效期, otherwise 有效. The site computes it at build
 * time and says on which day.
 */
import type { DocumentRecord } from '../../model/schema.ts';

export type Status = '有效' | '尚未生效' | '已废止' | '有效期届满';

/** The class of each status's badge (site.css). */
export const STATUS_CLASS: Record<Status, string> = { 有效: 'valid', 尚未生效: 'pending', 已废止: 'repealed', 有效期届满: 'expired' };

/** Status of `d` on `day` (ISO date); `repealed` when a document of the corpus repeals it. */
export function documentStatus(d: Pick<DocumentRecord, 'effective' | 'validUntil'>, repealed: boolean, day: string): Status {
  if (repealed) return '已废止';
  if (d.effective && day < d.effective) return '尚未生效';
  if (d.validUntil && day > d.validUntil) return '有效期届满';
  return '有效';
}

/** Today as an ISO date (the build's day, in China Standard Time). */
export function buildDay(now = new Date()): string {
  return new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}
