/**
 * Astro integration: after the build, index the site with Pagefind (Node API) and write the
 * 简/繁 conversion dictionaries.
 *
 * Pagefind indexes a transformed copy of each page (the served HTML is untouched): inside
 * [data-pagefind-body], [data-pagefind-ignore] is dropped and every text node is passed
 * through `spaced()` (see src/search/tokenize.ts) so that index and query tokenise alike.
 * Metadata and filters come from the page's `data-search` JSON attribute.
 */
import type { AstroIntegration } from 'astro';
import { readFile, writeFile, mkdir, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import type { Element, Root, RootContent } from 'hast';
import { spaced, INCLUDE_CHARACTERS } from '../search/tokenize.ts';
import { UNIT_SEPARATOR, escapeHtml as esc } from '../search/query.ts';
import { buildDictionaries } from '../search/zh-dicts.ts';
import { splitLongFragments } from '../search/fragments.ts';

export interface SearchRecord {
  title: string;
  kind: string;
  number?: string;
  no?: string;
  issuer?: string;
  units?: string[];
  national?: boolean;
  type?: string;
  date?: string;
}

async function walk(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (e.name !== 'pagefind') out.push(...(await walk(p)));
    } else if (e.name.endsWith('.html')) out.push(p);
  }
  return out;
}

function findBody(node: Root | Element): Element | undefined {
  for (const c of node.children) {
    if (c.type !== 'element') continue;
    if (c.properties?.dataPagefindBody !== undefined) return c;
    const f = findBody(c);
    if (f) return f;
  }
}

/**
 * Drop ignored subtrees and space out text, in place. Each id moves onto an empty marker at the
 * start of its element: Pagefind records the anchor at the same word, but without a copy of the
 * element's text in the page's fragment (which the first search downloads).
 */
function prepare(node: Element): void {
  node.children = node.children.filter(
    (c) => !(c.type === 'element' && c.properties?.dataPagefindIgnore !== undefined) && c.type !== 'comment',
  );
  for (const c of node.children) {
    if (c.type === 'text') c.value = ` ${spaced(c.value)} `;
    else if (c.type === 'element') {
      prepare(c);
      if (c.properties.id !== undefined) {
        c.children.unshift({ type: 'element', tagName: 'span', properties: { id: c.properties.id }, children: [] });
        delete c.properties.id;
      }
    }
  }
}

export function collectText(node: Root | RootContent, out: string[]): void {
  if (node.type === 'text') out.push(node.value);
  else if ('children' in node) {
    if (node.type === 'element' && (node.tagName === 'script' || node.tagName === 'style')) return;
    for (const c of node.children) collectText(c, out);
  }
}


/** The plain text Pagefind indexes for a page (ground truth for search tests), or null. */
export function indexedText(html: string): { url?: string; text: string } | null {
  const tree = fromHtml(html);
  const body = findBody(tree);
  if (!body) return null;
  const strip = (n: Element) => {
    n.children = n.children.filter((c) => !(c.type === 'element' && c.properties?.dataPagefindIgnore !== undefined));
    for (const c of n.children) if (c.type === 'element') strip(c);
  };
  strip(body);
  const out: string[] = [];
  collectText(body, out);
  return { text: out.join(' ') };
}

/** The HTML Pagefind sees for one page, or null when the page is not indexed. */
export function indexHtml(html: string): string | null {
  const tree = fromHtml(html);
  const body = findBody(tree);
  if (!body) return null;
  const rec: SearchRecord = JSON.parse(String(body.properties.dataSearch ?? '{}'));
  prepare(body);
  delete body.properties.dataSearch;
  const meta: [string, string][] = [
    ['title', rec.title],
    ['kind', rec.kind],
    ...(rec.number ? [['number', rec.number] as [string, string]] : []),
    ...(rec.no ? [['no', rec.no] as [string, string]] : []),
    // joined with | : a unit's own name may hold 、 (各县（市、区）人民政府)
    ...(rec.units?.length ? [['units', rec.units.join(UNIT_SEPARATOR)] as [string, string]] : []),
    ...(rec.date ? [['date', rec.date] as [string, string]] : []),
  ];
  const filters: [string, string][] = [
    ['kind', rec.kind],
    ...(rec.issuer ? [['issuer', rec.issuer] as [string, string]] : []),
    ...(rec.units ?? []).map((u) => ['unit', u] as [string, string]),
    ...(rec.national !== undefined ? [['national', rec.national ? '∗ 国家101项任务' : '否'] as [string, string]] : []),
  ];
  return (
    `<!doctype html><html lang="zh-CN"><head><title>${esc(rec.title)}</title></head><body>` +
    toHtml(body) +
    meta.map(([k, v]) => `<span data-pagefind-meta="${k}:${esc(v)}"></span>`).join('') +
    filters.map(([k, v]) => `<span data-pagefind-filter="${k}">${esc(v)}</span>`).join('') +
    '</body></html>'
  );
}

export default function searchIndex(): AstroIntegration {
  return {
    name: 'gongbao-search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const t0 = Date.now();
        const files = await walk(root);
        const pagefind = await import('pagefind');
        // 'und': we split the text into words ourselves (src/search/tokenize.ts), so Pagefind must
        // not segment it as Chinese, which also keeps zero-width spaces out of every fragment
        const { index, errors } = await pagefind.createIndex({ includeCharacters: INCLUDE_CHARACTERS, forceLanguage: 'und' });
        if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
        const texts: string[] = [];
        let indexed = 0;
        for (const f of files) {
          const html = await readFile(f, 'utf8');
          collectText(fromHtml(html), texts);
          const ih = indexHtml(html);
          if (!ih) continue;
          const rel = path.relative(root, f).split(path.sep).join('/');
          const r = await index.addHTMLFile({ sourcePath: rel, content: ih });
          if (r.errors.length) throw new Error(`pagefind ${rel}: ${r.errors.join('; ')}`);
          indexed++;
        }
        await rm(path.join(root, 'pagefind'), { recursive: true, force: true });
        const w = await index.writeFiles({ outputPath: path.join(root, 'pagefind') });
        if (w.errors.length) throw new Error(`pagefind: ${w.errors.join('; ')}`);
        await pagefind.close();
        const long = await splitLongFragments(path.join(root, 'pagefind'));
        // 简/繁 dictionaries pruned to the characters and phrases this site contains
        const dicts = buildDictionaries(texts.join('\n'));
        await mkdir(path.join(root, 'zh'), { recursive: true });
        await writeFile(path.join(root, 'zh', 's2t.json'), JSON.stringify(dicts.s2t));
        await writeFile(path.join(root, 'zh', 't2s.json'), JSON.stringify(dicts.t2s));
        await writeFile(path.join(root, 'zh', 't2s-triggers.txt'), dicts.t2sTriggers);
        logger.info(`pagefind: indexed ${indexed} of ${files.length} pages in ${Date.now() - t0} ms (${long} long texts split into parts)`);
      },
    },
  };
}
