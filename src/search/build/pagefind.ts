/** Pagefind's index of one part of the site (build/parts.ts), built with its Node API from the pages' indexed copies (index-html.ts). */
import { rm } from 'node:fs/promises';
import { INCLUDE_CHARACTERS } from '../tokenize.ts';

/** One page to index: its path under the site root and the HTML Pagefind sees. */
export interface IndexedPage {
  sourcePath: string;
  html: string;
}

/**
 * Indexes `pages` as they come (so only two pages' HTML are held at a time) and writes the index to
 * `outputPath`, replacing what was there; the index is freed in Pagefind's process afterwards.
 * Returns how many pages went in.
 */
export async function writePagefindIndex(outputPath: string, pages: AsyncIterable<IndexedPage>): Promise<number> {
  const pagefind = await import('pagefind');
  // 'und': we split the text into words ourselves (src/search/tokenize.ts), so Pagefind must
  // not segment it as Chinese, which also keeps zero-width spaces out of every fragment
  const { index, errors } = await pagefind.createIndex({ includeCharacters: INCLUDE_CHARACTERS, forceLanguage: 'und' });
  if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
  let count = 0;
  // the next page is read and parsed while Pagefind's process takes this one (two cores at work);
  // pages still go in one at a time, in order, so the index is the same from build to build
  let adding: Promise<void> | undefined;
  for await (const page of pages) {
    await adding;
    adding = index.addHTMLFile({ sourcePath: page.sourcePath, content: page.html }).then((added) => {
      if (added.errors.length) throw new Error(`pagefind ${page.sourcePath}: ${added.errors.join('; ')}`);
    });
    adding.catch(() => {}); // awaited, and thrown, before the next page goes in
    count++;
  }
  await adding;
  await rm(outputPath, { recursive: true, force: true });
  const written = await index.writeFiles({ outputPath });
  if (written.errors.length) throw new Error(`pagefind: ${written.errors.join('; ')}`);
  await index.deleteIndex();
  return count;
}

/** Stops Pagefind's process once every block is written. */
export async function closePagefind(): Promise<void> {
  const pagefind = await import('pagefind');
  await pagefind.close();
}
