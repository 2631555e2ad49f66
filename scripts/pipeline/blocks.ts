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

export type Block = HeadingBlock | ParagraphBlock | ListBlock | TableBlock;

export interface Part {
  /** `main` for the notice itself, `plan` for the plan it issues, `annex` for an annex. */
  kind: 'main' | 'plan' | 'annex';
  /** Annex number (1 for a single unnumbered annex). */
  annex?: number;
  blocks: Block[];
}

/** Plain text of a block, as it appears in the output (used by conservation and search). */
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
  }
}
