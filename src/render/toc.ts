/** The table of contents of a document: its headings with their anchors, from the Markdown tree. */
import type { RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';

export interface TocEntry {
  id: string;
  depth: number;
  text: string;
}

export function tableOfContents(blocks: RootContent[], anchors: string[]): TocEntry[] {
  return blocks.flatMap((block, i) => (block.type === 'heading' ? [{ id: anchors[i]!, depth: block.depth, text: toString(block) }] : []));
}
