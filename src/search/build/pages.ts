/** The HTML pages of a built site: the one listing the search build, the tests and the bench share. */
import { readdirSync } from 'node:fs';
import path from 'node:path';

/**
 * Every .html file under `dir` (Pagefind's own folder aside), as absolute paths in code-unit order:
 * the order the index is built in, so a build indexes its pages the same way each time.
 */
export function htmlFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) {
        if (p !== path.join(dir, 'pagefind')) walk(p);
      } else if (e.name.endsWith('.html')) out.push(p);
    }
  };
  walk(dir);
  return out.sort();
}

/** The same list from what the build says it wrote (Astro's `assets`), without reading the folders. */
export function builtHtmlFiles(dir: string, written: Iterable<string>): string[] {
  const pagefind = path.join(dir, 'pagefind') + path.sep;
  return [...new Set(written)].filter((f) => f.endsWith('.html') && !f.startsWith(pagefind)).sort();
}

/** URL path of a built HTML file under `dir`, e.g. /items/lzf-2023-2-002/ */
export function urlOf(dir: string, file: string): string {
  return (
    '/' +
    path
      .relative(dir, file)
      .split(path.sep)
      .join('/')
      .replace(/index\.html$/, '')
  );
}
