/**
 * The 落款: the block the pipeline anchored as a part's closing (issuer, date, 公开方式, a line each)
 * is the signature block, set apart and right-aligned after the last section; it is no paragraph of
 * that section, so it gets no paragraph tools.
 */
import type { Root } from 'hast';
import { isClosingAnchor } from '../../model/anchors.ts';
import { blocks } from './hast.ts';

export function markClosing(root: Root): void {
  for (const block of blocks(root)) {
    if (!isClosingAnchor(String(block.properties.id))) continue;
    block.tagName = 'div';
    block.properties.className = ['closing'];
  }
}
