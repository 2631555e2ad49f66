/**
 * Block ids: the front matter's `anchors` (one per top-level Markdown block, computed by the
 * pipeline from the document's structure) become the ids of the top-level blocks, in order.
 */
import type { Root } from 'hast';
import { blocks } from './hast.ts';

export function assignIds(root: Root, anchors: string[], file: string): void {
  const all = blocks(root);
  if (all.length !== anchors.length) {
    throw new Error(`${file}: body has ${all.length} top-level blocks but front matter lists ${anchors.length} anchors`);
  }
  all.forEach((block, i) => (block.properties.id = anchors[i]!));
}
