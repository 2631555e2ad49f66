/**
 * Sanitising, on the Markdown tree before it becomes HTML: raw HTML becomes text (a block of it a
 * paragraph of text), an image its alt text, a link to anything but http(s), mailto or #anchor its
 * text. The pipeline escapes markup in what it emits; this holds for any body the site is given.
 */
import type { PhrasingContent, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';

const SAFE_URL = /^(https?:|mailto:|#)/i;

export function sanitize(tree: Root): void {
  visit(tree, (node, index, parent) => {
    if (!parent || index === undefined) return;
    const children = parent.children as RootContent[];
    if (node.type === 'html') {
      const text: PhrasingContent = { type: 'text', value: node.value };
      children[index] = parent.type === 'root' ? { type: 'paragraph', children: [text] } : text;
      return SKIP;
    }
    if (node.type === 'image' || node.type === 'imageReference') {
      children[index] = { type: 'text', value: node.alt ?? '' };
      return SKIP;
    }
    if (node.type === 'link' && !SAFE_URL.test(node.url)) {
      children[index] = { type: 'text', value: toString(node) };
      return SKIP;
    }
  });
}
