/**
 * Size of a built site: total dist/, median HTML per page kind, the JS and CSS each page kind
 * loads (gzip; the page's <script src>, stylesheets and modulepreloads plus their static
 * imports, never dynamic imports such as Pagefind or the 简/繁 converter), Pagefind's index.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { dirSize, gzipBytes, median } from './measure.ts';
import { htmlPages } from './build.ts';

export const KINDS = ['document', 'item', 'unit', 'county', 'index', 'search', 'other'] as const;
export type Kind = (typeof KINDS)[number];

/**
 * Page kind of a built HTML file, from its path (documents/<slug>/index.html → document); a unit's or
 * county's earlier years and document pages (units/<slug>/<year>/, units/<slug>/<year>/documents/<doc>/) are
 * of its kind.
 */
export function kindOf(file: string): Kind {
  const parts = file.split('/').slice(0, -1);
  if (file === 'index.html') return 'index';
  if (parts[0] === 'search') return 'search';
  if (parts.length === 1) return parts[0] === '404.html' ? 'other' : 'index';
  const kind = ({ documents: 'document', items: 'item', units: 'unit', counties: 'county' } as Record<string, Kind>)[parts[0]!];
  const unitPage = kind === 'unit' || kind === 'county';
  return kind && (parts.length === 2 || (unitPage && /^\d{4}$/.test(parts[2]!))) ? kind : 'other';
}

/** Static imports of an ES module chunk (import … from "./x.js"), resolved against it; not import(). */
function staticImports(outDir: string, url: string): string[] {
  const code = readFileSync(join(outDir, url), 'utf8');
  return [...code.matchAll(/(?:^|[;}\s])import\s*(?:[\w$*{}\s,]+from\s*)?["']([^"']+)["']/g)].map((m) => join(dirname(url), m[1]!));
}

/** Site-relative JS and CSS files one page loads before any interaction. */
export function assetsOf(outDir: string, html: string): { js: string[]; css: string[] } {
  const js = new Set<string>();
  const css = new Set<string>();
  const local = (src: string) => (src.startsWith('/') ? src : null);
  for (const [, src] of html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)) if (local(src!)) js.add(src!);
  for (const [, href] of html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)) if (local(href!)) js.add(href!);
  for (const [tag] of html.matchAll(/<link[^>]*rel="stylesheet"[^>]*>/g)) {
    const href = /href="([^"]+)"/.exec(tag!)?.[1];
    if (href && local(href)) css.add(href);
  }
  const queue = [...js];
  while (queue.length) {
    for (const dep of staticImports(outDir, queue.pop()!)) {
      if (js.has(dep) || !existsSync(join(outDir, dep))) continue;
      js.add(dep);
      queue.push(dep);
    }
  }
  return { js: [...js], css: [...css] };
}

export interface KindSize {
  pages: number;
  medianHtmlBytes: number;
  /** gzip bytes of the JS / CSS a page of this kind loads (the largest such page) */
  jsGzipBytes: number;
  cssGzipBytes: number;
  js: string[];
}

export interface SiteSize {
  distBytes: number;
  pagefindBytes: number;
  /** Pagefind files a search can fetch (index, fragments, filters, meta, wasm, pagefind.js), without the unused UI bundles */
  pagefindSearchBytes: number;
  kinds: Partial<Record<Kind, KindSize>>;
}

export function siteSize(outDir: string): SiteSize {
  const byKind = new Map<Kind, { html: number[]; js: number[]; css: number[]; files: string[] }>();
  for (const file of htmlPages(outDir)) {
    const html = readFileSync(join(outDir, file), 'utf8');
    const { js, css } = assetsOf(outDir, html);
    const k = byKind.get(kindOf(file)) ?? { html: [], js: [], css: [], files: [] };
    k.html.push(statSync(join(outDir, file)).size);
    k.js.push(js.reduce((s, f) => s + gzipBytes(join(outDir, f)), 0));
    k.css.push(css.reduce((s, f) => s + gzipBytes(join(outDir, f)), 0));
    if (k.js.at(-1)! >= Math.max(...k.js)) k.files = js; // the files of the largest page
    byKind.set(kindOf(file), k);
  }
  const kinds: Partial<Record<Kind, KindSize>> = {};
  for (const kind of KINDS) {
    const k = byKind.get(kind);
    if (k)
      kinds[kind] = {
        pages: k.html.length,
        medianHtmlBytes: median(k.html),
        jsGzipBytes: Math.max(...k.js),
        cssGzipBytes: Math.max(...k.css),
        js: k.files,
      };
  }
  const pagefind = join(outDir, 'pagefind');
  const ui = /pagefind-(component-ui|modular-ui|ui|highlight|worker)\.(js|css)$/;
  return {
    distBytes: dirSize(outDir, (f) => !f.startsWith(join(outDir, 'bench'))),
    pagefindBytes: dirSize(pagefind),
    pagefindSearchBytes: dirSize(pagefind, (f) => !ui.test(f)),
    kinds,
  };
}
