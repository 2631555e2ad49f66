/**
 * The copy of a page that Pagefind indexes (the served page is untouched), and the plain text it
 * holds, which the search tests and the bench take as ground truth.
 *
 * Inside [data-pagefind-body], [data-pagefind-ignore] subtrees are dropped, each list entry is set
 * apart by an entry separator (so no excerpt runs two entries together and no match spans them),
 * and every text node is spaced out by `spaced()` (src/search/tokenize.ts) so that index and query
 * tokenise alike. Metadata and filters come from the page's `data-search` record.
 */
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { ENTRY_SEPARATOR, spaced } from '../tokenize.ts';
import { UNIT_SEPARATOR, escapeHtml as esc, type SearchRecord } from '../record.ts';

function findBody(node: Root | Element): Element | undefined {
  for (const c of node.children) {
    if (c.type !== 'element') continue;
    if (c.properties?.dataPagefindBody !== undefined) return c;
    const f = findBody(c);
    if (f) return f;
  }
}

const isIgnored = (c: ElementContent) => c.type === 'element' && c.properties?.dataPagefindIgnore !== undefined;
const separator = (): ElementContent => ({ type: 'text', value: ` ${ENTRY_SEPARATOR} ` });

/** Puts a separator before each child that `apart` says stands apart from the ones before it. */
function separate(children: ElementContent[], apart: (before: ElementContent[], next: ElementContent) => boolean): ElementContent[] {
  return children.flatMap((c, i) => (apart(children.slice(0, i), c) ? [separator(), c] : [c]));
}

const isEntry = (c: ElementContent | undefined) => c?.type === 'element' && c.tagName === 'li';
const isField = (c: ElementContent | undefined) => c?.type === 'element';

/**
 * Drops ignored subtrees and comments, in place, and sets list entries apart: a separator between
 * two entries of a list, and between two fields of an entry (elements side by side, as an item's
 * name and its 文号). Only entries: text that runs on from a list into the next block stays joined.
 */
function keepIndexed(node: Element): void {
  node.children = node.children.filter((c) => !isIgnored(c) && c.type !== 'comment');
  for (const c of node.children) if (c.type === 'element') keepIndexed(c);
  if (node.tagName === 'ul' || node.tagName === 'ol')
    node.children = separate(node.children, (before, next) => isEntry(next) && before.some(isEntry));
  if (node.tagName === 'li') node.children = separate(node.children, (before, next) => isField(next) && isField(before.at(-1)));
}

/**
 * Spaces out text, in place. Each id moves onto an empty marker at the start of its element:
 * Pagefind records the anchor at the same word, but without a copy of the element's text in the
 * page's fragment (which the first search downloads).
 */
function spaceOut(node: Element): void {
  for (const c of node.children) {
    if (c.type === 'text') c.value = c.value.trim() === ENTRY_SEPARATOR ? c.value : ` ${spaced(c.value)} `;
    else if (c.type === 'element') {
      spaceOut(c);
      if (c.properties.id !== undefined) {
        c.children.unshift({ type: 'element', tagName: 'span', properties: { id: c.properties.id }, children: [] });
        delete c.properties.id;
      }
    }
  }
}

/** Every text node under `node`, outside scripts and styles, in document order. */
export function collectText(node: Root | RootContent, out: string[]): void {
  if (node.type === 'text') out.push(node.value);
  else if ('children' in node) {
    if (node.type === 'element' && (node.tagName === 'script' || node.tagName === 'style')) return;
    for (const c of node.children) collectText(c, out);
  }
}

/** The plain text Pagefind indexes for a page (ground truth for search tests), or null when the page is not indexed. */
export function indexedText(html: string): { text: string } | null {
  const body = findBody(fromHtml(html));
  if (!body) return null;
  keepIndexed(body);
  const out: string[] = [];
  collectText(body, out);
  return { text: out.join(' ') };
}

type Pair = [string, string];

/** Pagefind metadata of a record: shown with each result. */
function metadata(rec: SearchRecord): Pair[] {
  return [
    ['title', rec.title],
    ['kind', rec.kind],
    ...(rec.number ? [['number', rec.number] as Pair] : []),
    ...(rec.no ? [['no', rec.no] as Pair] : []),
    // joined with | : a unit's own name may hold 、 (各县（市、区）人民政府)
    ...(rec.units?.length ? [['units', rec.units.join(UNIT_SEPARATOR)] as Pair] : []),
    ...(rec.date ? [['date', rec.date] as Pair] : []),
  ];
}

/** Pagefind filters of a record: the search page's menus (the index a page is in is added to its block's filters when parts are merged). */
function filters(rec: SearchRecord): Pair[] {
  return [
    ['kind', rec.kind],
    ...(rec.year ? [['year', String(rec.year)] as Pair] : []),
    ...(rec.list ? [['list', rec.list] as Pair] : []),
    ...(rec.issuer ? [['issuer', rec.issuer] as Pair] : []),
    ...(rec.units ?? []).map((u) => ['unit', u] as Pair),
    ...(rec.national !== undefined ? [['national', rec.national ? '∗ 国家101项任务' : '否'] as Pair] : []),
  ];
}

/**
 * The HTML Pagefind sees for one page (parsed: `tree`) and the page's search record, or null when the
 * page is not indexed.
 */
export function indexHtml(tree: Root): { html: string; record: SearchRecord } | null {
  const body = findBody(tree);
  if (!body) return null;
  const record = JSON.parse(String(body.properties.dataSearch ?? '{}')) as SearchRecord;
  keepIndexed(body);
  spaceOut(body);
  delete body.properties.dataSearch;
  const meta = metadata(record).map(([k, v]) => `<span data-pagefind-meta="${k}:${esc(v)}"></span>`);
  const filter = filters(record).map(([k, v]) => `<span data-pagefind-filter="${k}">${esc(v)}</span>`);
  const head = `<!doctype html><html lang="zh-CN"><head><title>${esc(record.title)}</title></head>`;
  return { html: `${head}<body>${toHtml(body)}${meta.join('')}${filter.join('')}</body></html>`, record };
}
