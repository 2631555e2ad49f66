/** Pagefind's index of the site, built with its Node API from the pages' indexed copies (index-html.ts). */
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { INCLUDE_CHARACTERS } from '../tokenize.ts';

/** One page to index: its path under the site root and the HTML Pagefind sees. */
export interface IndexedPage {
  sourcePath: string;
  html: string;
}

/** Writes the index of `pages` to `<root>/pagefind/`, replacing what was there. */
export async function writePagefindIndex(root: string, pages: IndexedPage[]): Promise<void> {
  const pagefind = await import('pagefind');
  // 'und': we split the text into words ourselves (src/search/tokenize.ts), so Pagefind must
  // not segment it as Chinese, which also keeps zero-width spaces out of every fragment
  const { index, errors } = await pagefind.createIndex({ includeCharacters: INCLUDE_CHARACTERS, forceLanguage: 'und' });
  if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
  for (const page of pages) {
    const added = await index.addHTMLFile({ sourcePath: page.sourcePath, content: page.html });
    if (added.errors.length) throw new Error(`pagefind ${page.sourcePath}: ${added.errors.join('; ')}`);
  }
  await rm(path.join(root, 'pagefind'), { recursive: true, force: true });
  const written = await index.writeFiles({ outputPath: path.join(root, 'pagefind') });
  if (written.errors.length) throw new Error(`pagefind: ${written.errors.join('; ')}`);
  await pagefind.close();
}
