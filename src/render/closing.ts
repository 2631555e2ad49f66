/**
 * The 落款: the block the pipeline recorded as a part's closing (issuer, date, 公开方式, a line each)
 * is the signature block, set apart and right-aligned after the last section; it is no paragraph of
 * that section, so it gets no paragraph tools.
 */
import type { Root } from 'hast';
import type { BodyBlock } from '../../model/schema.ts';
import { blocks, kindsById } from './hast.ts';

export function markClosing(root: Root, recorded: BodyBlock[]): void {
  const kinds = kindsById(recorded);
  for (const block of blocks(root)) {
    if (kinds.get(String(block.properties.id)) !== 'closing') continue;
    block.tagName = 'div';
    block.properties.className = ['closing'];
  }
}
