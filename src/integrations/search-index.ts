/**
 * Astro integration: after the build, the site's search (each step a module of src/search/build/):
 * Pagefind's index of every page's indexed copy, long texts split out of their fragments, the
 * ranking file, and the 简/繁 dictionaries pruned to the site's text.
 */
import type { AstroIntegration } from 'astro';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { fromHtml } from 'hast-util-from-html';
import { writeDictionaries } from '../search/build/dictionaries.ts';
import { readFragments, splitLongFragments } from '../search/build/fragments.ts';
import { collectText, indexHtml } from '../search/build/index-html.ts';
import { htmlFiles, urlOf } from '../search/build/pages.ts';
import { writePagefindIndex, type IndexedPage } from '../search/build/pagefind.ts';
import { buildRanking } from '../search/build/ranking.ts';
import { RANKING_FILE, type SearchRecord } from '../search/record.ts';

async function buildSearch(root: string): Promise<string> {
  const files = htmlFiles(root);
  const siteText: string[] = [];
  const pages: IndexedPage[] = [];
  const records = new Map<string, SearchRecord>();
  for (const file of files) {
    const html = await readFile(file, 'utf8');
    collectText(fromHtml(html), siteText);
    const indexed = indexHtml(html);
    if (!indexed) continue;
    pages.push({ sourcePath: path.relative(root, file).split(path.sep).join('/'), html: indexed.html });
    records.set(urlOf(root, file), indexed.record);
  }
  await writePagefindIndex(root, pages);
  const pagefindDir = path.join(root, 'pagefind');
  const fragments = await readFragments(pagefindDir);
  const long = await splitLongFragments(pagefindDir, fragments);
  const ids = new Map(fragments.map((f) => [f.fragment.url, f.id]));
  await writeFile(path.join(root, RANKING_FILE), JSON.stringify(buildRanking(records, ids)));
  await writeDictionaries(root, siteText.join('\n'));
  return `indexed ${pages.length} of ${files.length} pages (${long} long texts split into parts)`;
}

export default function searchIndex(): AstroIntegration {
  return {
    name: 'gongbao-search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = Date.now();
        const summary = await buildSearch(fileURLToPath(dir));
        logger.info(`pagefind: ${summary} in ${Date.now() - started} ms`);
      },
    },
  };
}
