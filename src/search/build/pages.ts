/** The HTML pages of a built site: the one listing the search build, the tests and the bench share. */
import { readdirSync } from 'node:fs';
import path from 'node:path';

/**
 * Every .html file under `dir` (Pagefind's own folder aside), as absolute paths, depth first in
 * name order: the order the index is built in, so a build indexes its pages the same way each time.
 */
export function htmlFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (e.name !== 'pagefind') out.push(...htmlFiles(p));
    } else if (e.name.endsWith('.html')) out.push(p);
  }
  return out;
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
