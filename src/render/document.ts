/**
 * A document body (GFM Markdown from the pipeline) rendered to HTML at build time: remark-parse and
 * remark-gfm to a Markdown tree, sanitised, each top-level block to hast, then the transforms, one
 * per file, each reading what the pipeline recorded in the front matter and the item records:
 * block ids, the 落款, citation links, paragraph tools, annex-row links, table regions, task links,
 * then names and 文号 marked as printed for the 繁體 switch.
 */
import type { Element, ElementContent, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { toHast } from 'mdast-util-to-hast';
import type { Root as MdRoot } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { DocumentRecord } from '../../model/schema.ts';
import { linkAnnexRows, type AnnexItem } from './annex-row-links.ts';
import { linkCitations, type CitedDocument } from './citation-links.ts';
import { markAsPrinted, personNames } from './as-printed.ts';
import { markClosing } from './closing.ts';
import { el } from './hast.ts';
import { assignIds } from './ids.ts';
import { addParagraphTools } from './paragraph-tools.ts';
import { sanitize } from './sanitize.ts';
import { wrapTables } from './tables.ts';
import { linkTasks, type TaskItem } from './task-links.ts';
import { tableOfContents, type TocEntry } from './toc.ts';

export interface RenderInput {
  doc: Pick<DocumentRecord, 'blocks' | 'citations' | 'number'> &
    Partial<Pick<DocumentRecord, 'signatory' | 'signer' | 'issues'>> & { body: string; file: string };
  /** The document's items, in order. */
  items: (AnnexItem & TaskItem)[];
  /** Documents of the corpus by slug, for citation links. */
  documents: Map<string, CitedDocument>;
}

export interface Rendered {
  html: string;
  toc: TocEntry[];
}

const parser = unified().use(remarkParse).use(remarkGfm);

/** A Markdown body parsed and sanitised, and each of its top-level blocks as one hast element. */
export function bodyToHast(body: string): { markdown: MdRoot; root: Root } {
  const markdown = parser.parse(body);
  sanitize(markdown);
  const children = markdown.children.map((block): Element => {
    const node = toHast(block) as Element | Root;
    return node.type === 'root' ? el('div', {}, node.children as ElementContent[]) : node;
  });
  return { markdown, root: { type: 'root', children } };
}

export function renderDocument({ doc, items, documents }: RenderInput): Rendered {
  const { markdown, root } = bodyToHast(doc.body);
  assignIds(root, doc.blocks, doc.file);
  markClosing(root, doc.blocks);
  linkCitations(root, doc.citations, documents, doc.issues);
  addParagraphTools(root, doc.blocks);
  linkAnnexRows(root, items);
  wrapTables(root);
  linkTasks(root, items);
  const people = [...personNames(root), ...(doc.signatory ? [doc.signatory.name] : []), ...(doc.signer ? [doc.signer] : [])];
  markAsPrinted(root, [...people, ...(doc.number ? [doc.number] : []), ...doc.citations.flatMap((c) => (c.number ? [c.number] : []))]);
  return { html: toHtml(root), toc: tableOfContents(markdown.children, doc.blocks) };
}
