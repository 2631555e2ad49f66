/**
 * Paragraph tools: every heading and paragraph ends with a permalink (# or ¶) and buttons that copy
 * its link or a citation of it (wired up by src/scripts/site.ts). Kept out of the search index.
 */
import type { Element, Root } from 'hast';
import { blocks, el, txt } from './hast.ts';

const HEADING = /^h[1-6]$/;

function tools(id: string, kind: 'heading' | 'paragraph'): Element {
  const what = kind === 'heading' ? '本节' : '本段';
  return el('span', { className: ['tools'], dataPagefindIgnore: '' }, [
    el('a', { className: ['pm'], href: `#${id}`, ariaLabel: `${what}链接` }, [txt(kind === 'heading' ? '#' : '¶')]),
    el('button', { type: 'button', className: ['cp'], dataAct: 'link', ariaLabel: `复制${what}链接` }, [txt('链接')]),
    el('button', { type: 'button', className: ['cp'], dataAct: 'cite', ariaLabel: `复制${what}引用` }, [txt('引用')]),
  ]);
}

export function addParagraphTools(root: Root): void {
  for (const block of blocks(root)) {
    const kind = HEADING.test(block.tagName) ? 'heading' : block.tagName === 'p' ? 'paragraph' : undefined;
    if (kind) block.children.push(tools(String(block.properties.id), kind));
  }
}
