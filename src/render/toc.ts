/**
 * The table of contents of a document, from the Markdown tree: its headings, and its run-in
 * headings (a paragraph opening with its lead in strong text, （一）强化组织领导。…) one level below
 * the heading they stand under. A regulation's articles open with their label in strong text too;
 * its chapters are its contents, so articles are left out.
 */
import type { RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { articleOf } from '../../model/anchors.ts';

export interface TocEntry {
  id: string;
  depth: number;
  text: string;
}

export function tableOfContents(blocks: RootContent[], anchors: string[]): TocEntry[] {
  const toc: TocEntry[] = [];
  let depth = 1;
  blocks.forEach((block, i) => {
    if (block.type === 'heading') {
      depth = block.depth;
      toc.push({ id: anchors[i]!, depth, text: toString(block) });
    } else if (block.type === 'paragraph' && block.children[0]?.type === 'strong' && articleOf(anchors[i]!) === undefined) {
      toc.push({ id: anchors[i]!, depth: depth + 1, text: toString(block.children[0]) });
    }
  });
  return toc;
}
