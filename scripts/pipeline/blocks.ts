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
}

export interface ListBlock {
  kind: 'list';
  items: string[];
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

export type Block = HeadingBlock | ParagraphBlock | ListBlock | TableBlock | ArticleBlock | NoteBlock;

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

/** Source text of a block, as it appears in the output (used by conservation and search); a note has none. */
export function blockText(block: Block): string {
  switch (block.kind) {
    case 'heading':
      return block.text;
    case 'paragraph':
      return block.text.join('');
    case 'list':
      return block.items.join('');
    case 'table':
      return [block.header, ...block.rows].flat().join('');
    case 'article':
      return block.text;
    case 'note':
      return '';
  }
}
