/** Small hast helpers shared by the render transforms. */
import type { Element, ElementContent, Root, RootContent, Text } from 'hast';
import type { BlockKind, BodyBlock } from '../../model/schema.ts';

export function el(tagName: string, properties: Element['properties'], children: ElementContent[] = []): Element {
  return { type: 'element', tagName, properties, children };
}

export const txt = (value: string): Text => ({ type: 'text', value });

/** The top-level blocks of a rendered body, in order. */
export function blocks(root: Root): Element[] {
  return root.children.filter((c): c is Element => c.type === 'element');
}

/** The kind the pipeline recorded for each block, by anchor. */
export function kindsById(recorded: BodyBlock[]): Map<string, BlockKind> {
  return new Map(recorded.map((b) => [b.anchor, b.kind]));
}

/** The top-level block with this id. */
export function blockById(root: Root, id: string): Element | undefined {
  return blocks(root).find((b) => b.properties.id === id);
}

/** The element children of `node` with this tag name. */
export function childElements(node: Element | Root, tagName: string): Element[] {
  return (node.children as RootContent[]).filter((c): c is Element => c.type === 'element' && c.tagName === tagName);
}

/** Text content of a node. */
export function textOf(node: ElementContent | undefined): string {
  if (!node) return '';
  if (node.type === 'text') return node.value;
  return node.type === 'element' ? node.children.map(textOf).join('') : '';
}
