/**
 * The table of contents of a document, from the Markdown tree and the kinds the pipeline recorded:
 * its headings, and its run-in headings (a paragraph opening with its lead in strong text,
 * （一）强化组织领导。…) one level below the heading they stand under. A regulation's chapters are
 * its contents, so its articles are left out.
 */
import type { RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { BodyBlock } from '../../model/schema.ts';

export interface TocEntry {
  id: string;
  depth: number;
  text: string;
}

export function tableOfContents(blocks: RootContent[], recorded: BodyBlock[]): TocEntry[] {
  const toc: TocEntry[] = [];
  let depth = 1;
  blocks.forEach((block, i) => {
    const { anchor: id, kind } = recorded[i]!;
    if (block.type === 'heading' && kind === 'heading') {
      depth = block.depth;
      toc.push({ id, depth, text: toString(block) });
    } else if (block.type === 'paragraph' && kind === 'runin' && block.children[0]?.type === 'strong') {
      toc.push({ id, depth: depth + 1, text: toString(block.children[0]) });
    }
  });
  return toc;
}
