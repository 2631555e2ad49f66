/**
 * Block ids: the front matter's `blocks` (one per top-level Markdown block, anchored by the
 * pipeline from the document's structure) give the top-level blocks their ids, in order.
 */
import type { Root } from 'hast';
import type { BodyBlock } from '../../model/schema.ts';
import { blocks } from './hast.ts';

export function assignIds(root: Root, recorded: BodyBlock[], file: string): void {
  const all = blocks(root);
  if (all.length !== recorded.length) {
    throw new Error(`${file}: body has ${all.length} top-level blocks but front matter lists ${recorded.length} blocks`);
  }
  all.forEach((block, i) => (block.properties.id = recorded[i]!.anchor));
}
