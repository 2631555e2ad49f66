/**
 * Astro integration: after the build, the site's search (each step a module of src/search/build/),
 * one block per year (years.ts), newest first: Pagefind's index of the block's pages' indexed
 * copies, long texts split out of their fragments, the block's ranking file; then the list of
 * blocks and the 简/繁 dictionaries pruned to the site's text.
 *
 * A block is built in a cache folder keyed by its content hash (node_modules/.cache/gongbao-search/,
 * or SEARCH_CACHE_DIR) and linked into dist/: a closed year whose pages did not change is reused.
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import {
  copyFileSync,
  existsSync,
  linkSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { fromHtml } from 'hast-util-from-html';
import { writeDictionaries } from '../search/build/dictionaries.ts';
import { readFragments, splitLongFragments } from '../search/build/fragments.ts';
import { collectText, indexHtml } from '../search/build/index-html.ts';
import { htmlFiles, urlOf } from '../search/build/pages.ts';
import { closePagefind, writePagefindIndex, type IndexedPage } from '../search/build/pagefind.ts';
import { buildRanking } from '../search/build/ranking.ts';
import { codeHash, slices, type Slice } from '../search/build/years.ts';
import { blockDir, CURRENT_BLOCK, RANKING_FILE, YEARS_FILE, type SearchRecord, type Years } from '../search/record.ts';

/**
 * Indexes one block into `out`/pagefind, with `out`/text.txt holding the distinct text nodes of its
 * pages (what the 简/繁 dictionaries are pruned to). Each page is read and parsed once, when
 * Pagefind takes it.
 */
async function indexBlock(root: string, slice: Slice, out: string): Promise<{ pages: number; long: number }> {
  const text = new Set<string>();
  const records = new Map<string, SearchRecord>();
  async function* pages(): AsyncGenerator<IndexedPage> {
    for (const file of slice.files) {
      const tree = fromHtml(await readFile(file, 'utf8'));
      const nodes: string[] = [];
      collectText(tree, nodes);
      for (const t of nodes) text.add(t);
      const indexed = indexHtml(tree, slice.block);
      if (!indexed) continue;
      records.set(urlOf(root, file), indexed.record);
      yield { sourcePath: path.relative(root, file).split(path.sep).join('/'), html: indexed.html };
    }
  }
  const pagefindDir = path.join(out, 'pagefind');
  const count = await writePagefindIndex(pagefindDir, pages());
  // an earlier year's block is merged into the newest one's Pagefind: its own script, wasm and UI bundles would never load
  if (slice.block !== CURRENT_BLOCK)
    for (const e of readdirSync(pagefindDir, { withFileTypes: true }))
      if (e.isFile() && e.name !== 'pagefind-entry.json' && !e.name.endsWith('.pf_meta')) rmSync(path.join(pagefindDir, e.name));
  const fragments = await readFragments(pagefindDir);
  const long = await splitLongFragments(pagefindDir, blockDir(slice.block), fragments);
  const ids = new Map(fragments.map((f) => [f.fragment.url, f.id]));
  writeFileSync(path.join(pagefindDir, RANKING_FILE), JSON.stringify(buildRanking(records, ids)));
  writeFileSync(path.join(out, 'text.txt'), [...text].join('\n'));
  return { pages: count, long };
}

/** `from`'s files into `to`, hard-linked (a cached block costs no copy), copied across file systems. */
function linkTree(from: string, to: string): number {
  mkdirSync(to, { recursive: true });
  let n = 0;
  for (const e of readdirSync(from, { withFileTypes: true })) {
    const [a, b] = [path.join(from, e.name), path.join(to, e.name)];
    if (e.isDirectory()) n += linkTree(a, b);
    else {
      try {
        linkSync(a, b);
      } catch {
        copyFileSync(a, b);
      }
      n++;
    }
  }
  return n;
}

/** Cache entries unused this long are removed (other builds, e.g. the test fixtures', keep theirs in use). */
const KEEP_UNUSED_MS = 14 * 24 * 3600 * 1000;

function pruneCache(cacheRoot: string): void {
  for (const name of readdirSync(cacheRoot)) {
    const p = path.join(cacheRoot, name);
    if (Date.now() - statSync(p).mtimeMs > KEEP_UNUSED_MS) rmSync(p, { recursive: true, force: true });
  }
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/**
 * The search of the built site at `root` (the bench runs it on its own, to time a rebuild with the
 * cache): a summary line, and the blocks with their cache keys.
 */
export async function buildSearch(
  root: string,
  projectRoot: string,
  cacheRoot: string,
  logger: Pick<AstroIntegrationLogger, 'info'>,
): Promise<{ summary: string; blocks: Slice[] }> {
  const started = Date.now();
  const files = htmlFiles(root);
  const pagefindVersion = (
    JSON.parse(readFileSync(path.join(projectRoot, 'node_modules/pagefind/package.json'), 'utf8')) as { version: string }
  ).version;
  const blocks = slices(root, files, codeHash(path.join(projectRoot, 'src/search'), pagefindVersion));
  logger.info(`search: ${files.length} pages in ${blocks.length} block(s) (${blocks.map((b) => b.year ?? 'no year').join(', ')})`);
  rmSync(path.join(root, 'pagefind'), { recursive: true, force: true });
  // distinct text nodes of the whole site: what the 简/繁 dictionaries are pruned to (page chrome and
  // repeated names count once, so the pruning works on the archive's text, not its page count)
  const siteText = new Set<string>();
  const years: Years = { current: { year: null, pages: 0 }, archive: [] };
  let reused = 0;
  for (const [k, slice] of blocks.entries()) {
    const t0 = Date.now();
    const cached = path.join(cacheRoot, slice.key);
    let how = 'reused';
    if (!existsSync(path.join(cached, 'text.txt'))) {
      const tmp = `${cached}.tmp-${process.pid}`;
      rmSync(tmp, { recursive: true, force: true });
      const { long } = await indexBlock(root, slice, tmp);
      rmSync(cached, { recursive: true, force: true });
      renameSync(tmp, cached);
      how = `indexed${long ? `, ${long} long texts split` : ''}`;
    } else {
      reused++;
      utimesSync(cached, new Date(), new Date());
    }
    const linked = linkTree(path.join(cached, 'pagefind'), path.join(root, blockDir(slice.block)));
    for (const t of readFileSync(path.join(cached, 'text.txt'), 'utf8').split('\n')) siteText.add(t);
    const entry = { year: slice.year, pages: slice.files.length };
    if (slice.block === CURRENT_BLOCK) years.current = entry;
    else years.archive.push({ ...entry, year: slice.year! });
    logger.info(
      `search ${k + 1}/${blocks.length}: ${slice.block === CURRENT_BLOCK ? `${slice.year ?? ''} (current)` : slice.year}, ` +
        `${slice.files.length} pages, ${how}, ${linked} files, ${seconds(Date.now() - t0)} (elapsed ${seconds(Date.now() - started)})`,
    );
  }
  await closePagefind();
  pruneCache(cacheRoot);
  writeFileSync(path.join(root, YEARS_FILE), JSON.stringify(years));
  const t0 = Date.now();
  await writeDictionaries(root, [...siteText].join('\n'));
  logger.info(`search: 简/繁 dictionaries from ${siteText.size} distinct text nodes, ${seconds(Date.now() - t0)}`);
  const summary = `${files.length} pages, ${blocks.length} blocks (${reused} reused from ${path.relative(projectRoot, cacheRoot) || cacheRoot})`;
  return { summary, blocks };
}

export default function searchIndex(): AstroIntegration {
  let projectRoot = process.cwd();
  return {
    name: 'gongbao-search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        projectRoot = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = Date.now();
        const cacheRoot = process.env.SEARCH_CACHE_DIR || path.join(projectRoot, 'node_modules/.cache/gongbao-search');
        const { summary } = await buildSearch(fileURLToPath(dir), projectRoot, cacheRoot, logger);
        logger.info(`search: ${summary} in ${seconds(Date.now() - started)}`);
      },
    },
  };
}
