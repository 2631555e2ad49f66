/**
 * Text the 繁體 switch must leave as printed: person names and 文号. Each occurrence in the body is
 * wrapped in `<span data-no-convert translate="no">` (AS_PRINTED_ATTR in src/lib/markup.ts; src/scripts/zh-convert.ts
 * skips it, and translators leave it alone).
 *
 * The names are those the pipeline lays out as people: the entries of a member list (the nested
 * list under 组长：/副组长：/成员：, “崔元斌 市委常委、副市长”), the person of a 任免 entry
 * (任命李明为… / 免去王志刚的…), and the signatory and 签发人 of the record; a name found once is
 * kept wherever the document repeats it (…二级调研员余瑞金兼任). The 文号 are the document's own and
 * those it cites, as the record has them.
 */
import type { Element, ElementContent, Root, Text } from 'hast';
import { visit } from 'unist-util-visit';
import { el, textOf, txt } from './hast.ts';

/** A 任免 entry's person. */
const APPOINTMENT = /^(?:任命|免去)(\p{Script=Han}{2,4}?)(?:为|的)/u;
/** A member-list entry: the name, then a space and the post. */
const MEMBER = /^(\p{Script=Han}{2,4}) \S/u;

const ownText = (li: Element) =>
  li.children
    .filter((c) => !(c.type === 'element' && (c.tagName === 'ul' || c.tagName === 'ol')))
    .map(textOf)
    .join('')
    .trim();

/** Person names the body lays out as people (member lists, 任免 entries). */
export function personNames(root: Root): string[] {
  const names = new Set<string>();
  visit(root, 'element', (li: Element) => {
    if (li.tagName !== 'li') return;
    const own = ownText(li);
    const appointed = APPOINTMENT.exec(own);
    if (appointed) names.add(appointed[1]!);
    // a role (组长：) with its people as a nested list
    if (!own.endsWith('：')) return;
    for (const list of li.children) {
      if (list.type !== 'element' || (list.tagName !== 'ul' && list.tagName !== 'ol')) continue;
      for (const entry of list.children) {
        const m = entry.type === 'element' ? MEMBER.exec(ownText(entry)) : null;
        if (m) names.add(m[1]!);
      }
    }
  });
  return [...names];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Wraps every occurrence of `terms` in the body's text in an as-printed span. */
export function markAsPrinted(root: Root, terms: string[]): void {
  const unique = [...new Set(terms.filter((t) => t.length > 1))].sort((a, b) => b.length - a.length);
  if (unique.length === 0) return;
  const pattern = new RegExp(unique.map(escape).join('|'), 'gu');
  visit(root, 'text', (node: Text, index, parent) => {
    if (!parent || index === undefined || parent.type !== 'element') return;
    // hast names the attribute dataNoConvert (AS_PRINTED_ATTR)
    if (parent.properties.dataNoConvert !== undefined) return;
    const parts: ElementContent[] = [];
    let last = 0;
    for (const m of node.value.matchAll(pattern)) {
      if (m.index > last) parts.push(txt(node.value.slice(last, m.index)));
      parts.push(el('span', { dataNoConvert: '', translate: 'no' }, [txt(m[0])]));
      last = m.index + m[0].length;
    }
    if (parts.length === 0) return;
    if (last < node.value.length) parts.push(txt(node.value.slice(last)));
    parent.children.splice(index, 1, ...parts);
    return index + parts.length;
  });
}
