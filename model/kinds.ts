/**
 * The kinds of document (文种) a gazette prints: the 15 of the 党政机关公文处理工作条例 plus the
 * regulation kinds (规章 and 规范性文件: 办法, 规定, 细则, 条例) and the 方案 a notice issues.
 * A document's kind is the last word of its title (…的通知 → 通知), or 令 for an order, which is
 * recognised by its header (临汾市人民政府令 / 第8号) and has no title of its own. A 政策解读 (kind
 * 解读) is printed after the document it explains, without 文号 or 落款.
 */

/** Whether a kind's documents carry a 主送机关 line. */
export type AddresseeRule = 'required' | 'optional' | 'none';

export interface DocumentKind {
  /** The kind word as it ends a title. */
  name: string;
  /** 主送机关: always printed (通知), sometimes (决定, 意见, 通报), never (通告, 公告, 令, 纪要). */
  addressees: AddresseeRule;
  /** False for kinds printed without 署名 and 成文日期 at the end (纪要, 公报). */
  signed: boolean;
  /** Its numbered points (一、…) are items of the text, not section headings (批复, 通告, 公告). */
  numberedPoints: boolean;
}

const kind = (name: string, addressees: AddresseeRule, { signed = true, numberedPoints = false } = {}): DocumentKind => ({
  name,
  addressees,
  signed,
  numberedPoints,
});

/** Every kind, in the order of the 条例 (then the regulation kinds, 方案, 函 and 令). */
const KINDS_IN_ORDER: readonly DocumentKind[] = [
  kind('决议', 'none'),
  kind('决定', 'optional'),
  kind('命令', 'none'),
  kind('公报', 'none', { signed: false }),
  kind('公告', 'none', { numberedPoints: true }),
  kind('通告', 'none', { numberedPoints: true }),
  kind('意见', 'optional'),
  kind('通知', 'required'),
  kind('通报', 'optional'),
  kind('报告', 'required'),
  kind('请示', 'required'),
  kind('批复', 'required', { numberedPoints: true }),
  kind('议案', 'required'),
  kind('纪要', 'none', { signed: false }),
  kind('办法', 'optional'),
  kind('规定', 'optional'),
  kind('细则', 'optional'),
  kind('条例', 'optional'),
  kind('方案', 'optional'),
  kind('函', 'required'),
  kind('令', 'none'),
  kind('解读', 'none', { signed: false }),
];

/** Every kind, longest name first so that a title is matched by its longest ending. */
export const DOCUMENT_KINDS: readonly DocumentKind[] = [...KINDS_IN_ORDER].sort((a, b) => b.name.length - a.name.length);

/** Where a kind stands in lists of kinds (the 条例's order); a name that is no kind comes last. */
export function kindRank(name: string): number {
  const i = KINDS_IN_ORDER.findIndex((k) => k.name === name);
  return i === -1 ? KINDS_IN_ORDER.length : i;
}

/**
 * The reading of a document whose title ends in no known kind (the split found it by its 文号, or
 * an editor's hint marked it): 主送 if a line of organs says so, signed, kind 其他. Its record
 * asks for review.
 */
export const UNKNOWN_KIND: DocumentKind = kind('其他', 'optional');
/** The kind of a 政策解读: no 文号, 主送 or 落款; it explains another document. */
export const INTERPRETATION_KIND = DOCUMENT_KINDS.find((k) => k.name === '解读')!;

/** The kind of an order (政府令): its header is the issuer followed by 令. */
export const ORDER_KIND = DOCUMENT_KINDS.find((k) => k.name === '令')!;

/** The kind a title ends in (关于…的通知 → 通知), if any. An order's kind comes from its header instead. */
export function kindOfTitle(title: string): DocumentKind | undefined {
  return DOCUMENT_KINDS.find((k) => k !== ORDER_KIND && title.endsWith(k.name));
}

/**
 * The title of a 政策解读, capturing the title of the document it interprets:
 * 《临汾市城市生活垃圾分类管理办法》政策解读, 关于《…》的政策解读, 《…》解读.
 */
export const INTERPRETATION_TITLE = /^(?:关于)?《([^《》]+(?:《[^《》]*》[^《》]*)*)》(?:的)?(?:政策)?解读$/u;
