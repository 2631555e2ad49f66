/**
 * Citation links: each citation the pipeline found (front matter `citations`: 文号 and/or 《title》,
 * the cited document when it is in the corpus, the block it stands in) is marked where it stands:
 * its 文号, or its 《title》 when it has no 文号, becomes a link to the cited document, or a <cite>
 * when the document is not in the corpus. The plan the document itself issues (its `issues`, printed
 * on the same page under the `plan` heading) links there, never as an outside document. A block citing
 * the same document twice marks each occurrence in turn.
 */
import type { Element, ElementContent, Root, Text } from 'hast';
import { SKIP, visit } from 'unist-util-visit';
import type { Citation, DocumentRecord } from '../../model/schema.ts';
import { docUrl } from '../lib/url.ts';
import { ISSUED_PART_ANCHOR } from '../../model/anchors.ts';
import { blockById, el, txt } from './hast.ts';

export type CitedDocument = Pick<DocumentRecord, 'slug' | 'number' | 'title'>;

/** Replaces the first unmarked occurrence of `text` under `block` with `mark(text)`; false when there is none. */
function markFirst(block: Element, text: string, mark: () => Element): boolean {
  let done = false;
  visit(block, 'text', (node: Text, index, parent) => {
    if (done || !parent || index === undefined) return;
    if (parent.type === 'element' && (parent.tagName === 'a' || parent.tagName === 'cite')) return;
    const at = node.value.indexOf(text);
    if (at === -1) return;
    const before = node.value.slice(0, at);
    const after = node.value.slice(at + text.length);
    const parts: ElementContent[] = [...(before ? [txt(before)] : []), mark(), ...(after ? [txt(after)] : [])];
    (parent.children as ElementContent[]).splice(index, 1, ...parts);
    done = true;
    return SKIP;
  });
  return done;
}

function citationMark(citation: Citation, target: CitedDocument | undefined, text: string): Element {
  if (target) return el('a', { href: docUrl(target.slug), className: ['cite-in'], title: `${target.number} ${target.title}` }, [txt(text)]);
  return el('cite', { className: ['cite-ext'], title: citation.number ? `外部文件 ${citation.number}` : '外部文件' }, [txt(text)]);
}

export function linkCitations(root: Root, citations: Citation[], documents: Map<string, CitedDocument>, issues?: string): void {
  const issuedHere = issues !== undefined && blockById(root, ISSUED_PART_ANCHOR) !== undefined;
  for (const citation of citations) {
    const block = blockById(root, citation.anchor);
    if (!block) continue;
    if (issuedHere && !citation.number && !citation.target && citation.title === issues) {
      const text = `《${issues}》`;
      markFirst(block, text, () => el('a', { href: `#${ISSUED_PART_ANCHOR}`, className: ['cite-in'] }, [txt(text)]));
      continue;
    }
    const target = citation.target ? documents.get(citation.target) : undefined;
    const texts = [citation.number, citation.title && `《${citation.title}》`].filter((t): t is string => !!t);
    texts.find((text) => markFirst(block, text, () => citationMark(citation, target, text)));
  }
}
