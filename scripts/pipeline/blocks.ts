/**
 * The parsed form of a document body: parts (the notice, the plan it issues, each annex),
 * each a list of blocks. Blocks remember the source lines they came from, which the
 * conservation check and the located messages use.
 */
import type { SourceLine } from './2-clean.ts';

export interface HeadingBlock {
  kind: 'heading';
  /** Level in the 一、/(一)/1./(1) hierarchy: 1 to 4; 0 for a part title. */
  level: number;
  /** Number of the heading at its level (一 → 1), 0 for a part title. */
  number: number;
  text: string;
  lines: SourceLine[];
}

export interface ParagraphBlock {
  kind: 'paragraph';
  /** Text of the paragraph; several entries are printed as separate lines (a line break). */
  lines: SourceLine[];
  text: string[];
  /**
   * The heading sentence an unnumbered paragraph opens with, a prefix of its text, when it is one
   * of a series of parallel paragraphs that each open so (———控制总量。… / 服务沿黄板块发展。…).
   */
  lead?: string;
}

/**
 * A numbered paragraph that opens with its own heading sentence, printed run in
 * (（一）强化组织领导。清理“批而未用”土地是…). It opens a section like a heading does.
 */
export interface RunInBlock {
  kind: 'runin';
  /** Level in the 一、/(一)/1./(1) hierarchy, as for a heading. */
  level: number;
  number: number;
  /** The marker and the heading sentence (or label ending in ：), a prefix of `text`. */
  lead: string;
  /** The whole paragraph, lead included. */
  text: string;
  lines: SourceLine[];
}

/** One entry of a list; an entry can hold entries of its own (a role with its people). */
export interface ListItem {
  text: string;
  items?: ListItem[];
}

export interface ListBlock {
  kind: 'list';
  /** Printed number of the first entry when the list is numbered (附件：1. … 2. …). */
  start?: number;
  /** A 纪要's attendance (出席：… 列席：… 请假：…): it closes the text and belongs to no 议定事项. */
  attendance?: boolean;
  items: ListItem[];
  lines: SourceLine[];
}

/** The 落款 (issuing organ, date), the 公开方式 note, 抄送 and 印发 lines: one line each. */
export interface ClosingBlock {
  kind: 'closing';
  text: string[];
  lines: SourceLine[];
}

export interface TableBlock {
  kind: 'table';
  header: string[];
  rows: string[][];
  lines: SourceLine[];
}

/** One article (条) of a regulation: its first 款, which opens with 第X条; its other 款 and 项 follow as paragraphs. */
export interface ArticleBlock {
  kind: 'article';
  /** Article number (第十二条 → 12). */
  number: number;
  /** The label as printed, e.g. 第十二条. */
  label: string;
  /** Text of the first 款, label included. */
  text: string;
  lines: SourceLine[];
}

/** An editorial note of the pipeline's own (not source text), e.g. that a table's columns could not be recovered. */
export interface NoteBlock {
  kind: 'note';
  text: string;
  lines: SourceLine[];
}

export type Block = HeadingBlock | RunInBlock | ParagraphBlock | ListBlock | ClosingBlock | TableBlock | ArticleBlock | NoteBlock;

export interface Part {
  /**
   * `main` for the notice itself, `plan` for the plan it issues, `regulation` for the regulation
   * an order publishes (or a notice issues), `annex` for an annex, `colophon` for the 版记
   * (抄送, 印发) printed after everything else.
   */
  kind: 'main' | 'plan' | 'regulation' | 'annex' | 'colophon';
  /** Annex number (1 for a single unnumbered annex). */
  annex?: number;
  blocks: Block[];
}

/** The text of every list entry, depth first, one string each. */
export function listEntryTexts(items: ListItem[]): string[] {
  return items.flatMap((item) => [item.text, ...listEntryTexts(item.items ?? [])]);
}

/** Printed text of list entries, depth first; a numbered list's numbers are printed too. */
export function listText(items: ListItem[], start?: number): string {
  return items.map((item, i) => (start === undefined ? '' : `${start + i}.`) + item.text + listText(item.items ?? [])).join('');
}

/** Source text of a block, as it appears in the output (used by conservation and search); a note has none. */
export function blockText(block: Block): string {
  switch (block.kind) {
    case 'heading':
    case 'runin':
      return block.text;
    case 'paragraph':
    case 'closing':
      return block.text.join('');
    case 'list':
      return listText(block.items, block.start);
    case 'table':
      return [block.header, ...block.rows].flat().join('');
    case 'article':
      return block.text;
    case 'note':
      return '';
  }
}
