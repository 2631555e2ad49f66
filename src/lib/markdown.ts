/**
 * Renders a document body (GFM Markdown from the pipeline) to HTML at build time:
 * remark-parse + remark-gfm → mdast → hast, ids from the front-matter `anchors` zipped with
 * the root's children, then our decorations (permalinks, copy buttons, citation links,
 * annex-table item links, task → items links). Raw HTML in the source is never rendered:
 * `html` nodes become text, so `<script>` shows as text.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import { toHast } from 'mdast-util-to-hast';
import { toHtml } from 'hast-util-to-html';
import { toString } from 'mdast-util-to-string';
import { visit, SKIP } from 'unist-util-visit';
import type { Root as MdRoot, RootContent, PhrasingContent } from 'mdast';
import type { Element, ElementContent, Root as HRoot, Text } from 'hast';
import type { Doc, SiteData, Item } from './data.ts';
import { docUrl, itemUrl } from './url.ts';

export interface TocEntry {
  id: string;
  depth: number;
  text: string;
}
export interface Rendered {
  html: string;
  toc: TocEntry[];
  /** item slug → id of its row in an annex table of this document */
  itemAnchors: Map<string, string>;
}

const cache = new Map<string, Rendered>();
/** Rendered body of a document (memoised: item pages ask for their parent's anchors). */
export function rendered(doc: Doc, data: SiteData): Rendered {
  let r = cache.get(doc.slug);
  if (!r) cache.set(doc.slug, (r = renderDocument(doc, data)));
  return r;
}

const parser = unified().use(remarkParse).use(remarkGfm);

/** Make the mdast safe: raw HTML → text, images → their alt text, unsafe links → text. */
function sanitize(tree: MdRoot) {
  visit(tree, (node, index, parent) => {
    if (!parent || index === undefined) return;
    if (node.type === 'html') {
      const text: PhrasingContent = { type: 'text', value: node.value };
      // a block-level html node becomes a paragraph of text
      (parent.children as RootContent[])[index] =
        parent.type === 'root' ? { type: 'paragraph', children: [text] } : text;
      return SKIP;
    }
    if (node.type === 'image' || node.type === 'imageReference') {
      (parent.children as RootContent[])[index] = { type: 'text', value: node.alt ?? '' };
      return SKIP;
    }
    if (node.type === 'link' && !/^(https?:|mailto:|#)/i.test(node.url)) {
      (parent.children as RootContent[])[index] = { type: 'text', value: toString(node) };
      return SKIP;
    }
  });
}

function el(tagName: string, properties: Element['properties'], children: ElementContent[] = []): Element {
  return { type: 'element', tagName, properties, children };
}
const txt = (value: string): Text => ({ type: 'text', value });

/** Pattern matching a string in text with optional whitespace between its characters. */
function loosePattern(s: string): RegExp {
  const chars = [...s.replace(/\s+/g, '')].map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(chars.join('\\s*'));
}

/** Wrap the first occurrence of `re` in text nodes under `root` with `wrap(matchText)`. */
function wrapFirst(root: Element, re: RegExp, wrap: (m: string) => Element): boolean {
  let done = false;
  visit(root as unknown as HRoot, 'text', (node: Text, index, parent) => {
    if (done || !parent || index === undefined) return;
    if ((parent as Element).tagName === 'a' || (parent as Element).tagName === 'cite') return;
    const m = re.exec(node.value);
    if (!m) return;
    const before = node.value.slice(0, m.index);
    const after = node.value.slice(m.index + m[0].length);
    const parts: ElementContent[] = [];
    if (before) parts.push(txt(before));
    parts.push(wrap(m[0]));
    if (after) parts.push(txt(after));
    (parent.children as ElementContent[]).splice(index, 1, ...parts);
    done = true;
    return SKIP;
  });
  return done;
}

function tools(id: string, kind: 'heading' | 'paragraph'): Element {
  const what = kind === 'heading' ? '本节' : '本段';
  return el('span', { className: ['tools'], dataPagefindIgnore: '' }, [
    el('a', { className: ['pm'], href: `#${id}`, ariaLabel: `${what}链接` }, [txt(kind === 'heading' ? '#' : '¶')]),
    el('button', { type: 'button', className: ['cp'], dataAct: 'link', ariaLabel: `复制${what}链接` }, [txt('链接')]),
    el('button', { type: 'button', className: ['cp'], dataAct: 'cite', ariaLabel: `复制${what}引用` }, [txt('引用')]),
  ]);
}

function itemLinkList(items: Item[]): Element {
  return el('div', { className: ['task-items'], dataPagefindIgnore: '' }, [
    el('span', { className: ['label'] }, [txt('落实事项：')]),
    ...items.flatMap((it, k) => [
      ...(k ? [txt(' ')] : []),
      el('a', { href: itemUrl(it.slug) }, [txt(`${it.national ? '∗' : ''}${it.no}. ${it.name}`)]),
    ]),
  ]);
}

export function renderDocument(doc: Doc, data: SiteData): Rendered {
  const tree = parser.parse(doc.body) as MdRoot;
  sanitize(tree);
  const blocks = tree.children;
  if (blocks.length !== doc.anchors.length) {
    throw new Error(
      `${doc.file}: body has ${blocks.length} top-level blocks but front matter lists ${doc.anchors.length} anchors`,
    );
  }
  const toc: TocEntry[] = [];
  const used = new Set(doc.anchors);
  const out: ElementContent[] = [];
  const itemAnchors = new Map<string, string>();

  blocks.forEach((block, i) => {
    const id = doc.anchors[i]!;
    const h = toHast(block) as Element | HRoot;
    const node: Element =
      h.type === 'root' ? el('div', {}, h.children as ElementContent[]) : (h as Element);

    // citations appearing in this block
    for (const c of doc.citations.filter((c) => c.anchor === id)) {
      const target = c.target ? data.docBySlug.get(c.target) : undefined;
      const pats = [c.number, c.title && `《${c.title}》`].filter(Boolean) as string[];
      for (const p of pats) {
        const hit = wrapFirst(node, loosePattern(p), (m) =>
          target
            ? el('a', { href: docUrl(target.slug), className: ['cite-in'], title: `${target.number} ${target.title}` }, [txt(m)])
            : el('cite', { className: ['cite-ext'], title: c.number ? `外部文件 ${c.number}` : '外部文件' }, [txt(m)]),
        );
        if (hit) break;
      }
    }

    if (block.type === 'heading') {
      node.properties.id = id;
      toc.push({ id, depth: block.depth, text: toString(block) });
      node.children.push(tools(id, 'heading'));
      out.push(node);
      const tasks = data.itemsByTask.get(`${doc.slug}#${id}`);
      if (tasks?.length) out.push(itemLinkList(tasks));
    } else if (block.type === 'paragraph') {
      node.properties.id = id;
      node.children.push(tools(id, 'paragraph'));
      out.push(node);
    } else if (block.type === 'table') {
      node.properties.id = id;
      linkAnnexRows(node, doc, data, used, itemAnchors);
      out.push(
        el('section', { className: ['table-wrap'], ariaLabel: `表格 ${id}，可横向滚动`, tabIndex: 0 }, [node]),
      );
      if (hasBlankCellInNumberedRow(node)) out.push(BLANK_CELL_NOTE());
    } else {
      node.properties.id = id;
      out.push(node);
    }
  });

  return { html: toHtml({ type: 'root', children: out }), toc, itemAnchors };
}

const cellText = (c: ElementContent | undefined): string =>
  !c ? '' : c.type === 'text' ? c.value : c.type === 'element' ? c.children.map(cellText).join('') : '';

/**
 * A numbered row with an empty cell: in the printed table that cell is usually merged with a
 * neighbouring row's, whose text the extraction kept in one row only. We keep the text where it
 * was printed and say so, rather than guess which rows the merged cell spans. (The reform table's
 * continuation rows have no 序号 and are not meant here.)
 */
function hasBlankCellInNumberedRow(table: Element): boolean {
  let blank = false;
  visit(table as unknown as HRoot, 'element', (tr: Element) => {
    if (tr.tagName !== 'tr') return;
    const cells = tr.children.filter((c): c is Element => c.type === 'element' && c.tagName === 'td');
    if (cells.length > 1 && /^\s*\d+\s*$/.test(cellText(cells[0])) && cells.some((c) => cellText(c).trim() === '')) blank = true;
  });
  return blank;
}
const BLANK_CELL_NOTE = () =>
  el('p', { className: ['note', 'table-note'], dataPagefindIgnore: '' }, [
    txt('注\uFF1A表中空白单元格照录公报文本\uFF1B原表此处可能与相邻行合并为一格\uFF0C内容见相邻行\uFF0C以公报原件为准。'),
  ]);

/** In an annex table, link the 序号 cell of each item row to its item page and give the row the item's anchor. */
function linkAnnexRows(table: Element, doc: Doc, data: SiteData, used: Set<string>, itemAnchors: Map<string, string>) {
  const rows: Element[] = [];
  visit(table as unknown as HRoot, 'element', (n: Element) => {
    if (n.tagName === 'tr') rows.push(n);
  });
  for (const tr of rows) {
    const cells = tr.children.filter((c): c is Element => c.type === 'element');
    const first = cells[0];
    if (!first || first.tagName !== 'td') continue;
    const m = /^\s*[∗*＊]?\s*(\d+)\s*$/.exec(cellText(first));
    if (!m) continue;
    const it = data.itemByDocNo.get(`${doc.slug}#${Number(m[1])}`);
    if (!it) continue;
    const name = cellText(cells[1]).replace(/\s+/g, '');
    const itName = it.name.replace(/\s+/g, '');
    if (name && !(name.startsWith(itName.slice(0, 4)) || itName.startsWith(name.slice(0, 4)))) continue;
    first.children = [el('a', { href: itemUrl(it.slug), ariaLabel: `第${it.no}项 ${it.name}` }, first.children)];
    if (itemAnchors.has(it.slug)) continue;
    // the pipeline may point items at a row-level anchor of its own; otherwise item-<no>
    const rowId = !used.has(it.anchor) ? it.anchor : `item-${it.no}`;
    if (used.has(rowId)) continue;
    tr.properties.id = rowId;
    used.add(rowId);
    itemAnchors.set(it.slug, rowId);
  }
}
