/**
 * Astro integration: after the build, the site's search (each step a module of src/search/build/).
 * The pages are cut into parts, one per issue and one of the pages of no issue (parts.ts); each
 * part is indexed by Pagefind from its pages' indexed copies, its long texts split out of their
 * fragments, with its ranking entries and the traits of its text for the 简/繁 dictionaries. The
 * parts of a year are then merged into that year's block (merge.ts), newest year first; then the
 * list of blocks and the dictionaries.
 *
 * Parts and blocks are built in cache folders keyed by their content hash
 * (node_modules/.cache/gongbao-search/, or SEARCH_CACHE_DIR) and linked into dist/: an issue whose
 * pages did not change is not indexed again, and a year whose parts did not change is not merged again.
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
import { pageText, writeDictionaries } from '../search/build/dictionaries.ts';
import { readFragments, splitLongFragments } from '../search/build/fragments.ts';
import { indexHtml } from '../search/build/index-html.ts';
import { mergeIndexes } from '../search/build/merge.ts';
import { builtHtmlFiles, htmlFiles, urlOf } from '../search/build/pages.ts';
import { closePagefind, writePagefindIndex, type IndexedPage } from '../search/build/pagefind.ts';
import {
  blocksOf,
  codeHash,
  keyBuiltPages,
  partsOf,
  textPart,
  type Block,
  type PageContent,
  type Part,
  type TextGroup,
} from '../search/build/parts.ts';
import { takeRenderedPages } from '../search/build/rendered-pages.ts';
import { buildRanking } from '../search/build/ranking.ts';
import { joinTraits, textTraits, type TextTraits } from '../lib/zh-dictionary.ts';
import {
  BLOCK_FILTER,
  CURRENT_BLOCK,
  RANKING_FILE,
  TEXT_DIR,
  YEARS_FILE,
  blockDir,
  type Ranking,
  type SearchRecord,
  type Years,
} from '../search/record.ts';

/** In a part's cache folder: Pagefind's files, the long texts, the ranking entries, the text's traits. */
const PART = { pagefind: 'pagefind', text: 'text', ranking: RANKING_FILE, traits: 'traits.json' };
/** In a block's cache folder, beside its index files: which fragment of which part goes under which name. */
const FRAGMENTS = 'fragments.json';

/** Adds the lines of `html`'s text (pageText) to `lines`, so that text repeated from page to page is looked at once. */
function addText(lines: Set<string>, html: string): Set<string> {
  for (const line of pageText(html).split('\n')) if (line.trim()) lines.add(line);
  return lines;
}

/** The traits of the text `lines` hold. */
const traitsOf = (lines: Set<string>): TextTraits => textTraits([...lines].join('\n'));

/**
 * The traits of a text group's pages (pages that are not indexed), kept in the cache per group
 * (`store`.json: the group's key and traits) and per page (`store`.pages.json: each page's traits by
 * its key): a group whose key is unchanged costs one small file, and in one that changed only the
 * pages whose text changed are read. Returns the traits and how many pages were read.
 */
async function readTextGroup(group: TextGroup, store: string): Promise<{ traits: TextTraits; read: number }> {
  const [own, byPage] = [`${store}.json`, `${store}.pages.json`];
  const kept = existsSync(own) ? (JSON.parse(readFileSync(own, 'utf8')) as { key: string; traits: TextTraits }) : undefined;
  if (kept?.key === group.key && existsSync(byPage)) {
    for (const f of [own, byPage]) utimesSync(f, new Date(), new Date());
    return { traits: kept.traits, read: 0 };
  }
  const known = existsSync(byPage) ? (JSON.parse(readFileSync(byPage, 'utf8')) as Record<string, TextTraits>) : {};
  const now: Record<string, TextTraits> = {};
  let read = 0;
  for (const [k, file] of group.files.entries()) {
    const key = group.pageKeys[k]!;
    let traits = known[key];
    if (!traits) {
      traits = traitsOf(addText(new Set(), textPart(await readFile(file)).toString()));
      read++;
    }
    now[key] = traits;
  }
  const traits = joinTraits(Object.values(now));
  writeFileSync(byPage, JSON.stringify(now));
  writeFileSync(own, JSON.stringify({ key: group.key, traits }));
  return { traits, read };
}

/** Indexes one part into `out`. Each page is read and parsed once, when Pagefind takes it. */
async function indexPart(root: string, part: Part, out: string): Promise<{ pages: number; long: number }> {
  const text = new Set<string>();
  const records = new Map<string, SearchRecord>();
  async function* pages(): AsyncGenerator<IndexedPage> {
    for (const file of part.files) {
      const html = await readFile(file, 'utf8');
      addText(text, html);
      const indexed = indexHtml(fromHtml(html));
      if (!indexed) continue;
      records.set(urlOf(root, file), indexed.record);
      yield { sourcePath: path.relative(root, file).split(path.sep).join('/'), html: indexed.html };
    }
  }
  const pagefindDir = path.join(out, PART.pagefind);
  const count = await writePagefindIndex(pagefindDir, pages());
  const fragments = await readFragments(pagefindDir);
  const long = await splitLongFragments(path.join(out, PART.text), `${TEXT_DIR}/${part.key}`, fragments);
  const ids = new Map(fragments.map((f) => [f.fragment.url, f.id]));
  writeFileSync(path.join(out, PART.ranking), JSON.stringify(buildRanking(records, ids)));
  writeFileSync(path.join(out, PART.traits), JSON.stringify(traitsOf(text)));
  return { pages: count, long };
}

/** Merges a block's parts (`dirOf`: a part's cache folder) into `out`: the index files, the ranking, the fragments' names. */
function mergeBlock(block: Block, dirOf: (p: Part) => string, out: string): void {
  const merged = mergeIndexes(
    block.parts.map((p) => path.join(dirOf(p), PART.pagefind)),
    { [BLOCK_FILTER]: block.block },
  );
  for (const [file, bytes] of merged.files) {
    mkdirSync(path.dirname(path.join(out, file)), { recursive: true });
    writeFileSync(path.join(out, file), bytes);
  }
  const ranking: Ranking = { names: {}, titles: [] };
  block.parts.forEach((p, k) => {
    const own = JSON.parse(readFileSync(path.join(dirOf(p), PART.ranking), 'utf8')) as Ranking;
    const name = (id: string) => merged.fragments[k]!.get(id) ?? id;
    for (const [n, id] of Object.entries(own.names)) ranking.names[n] = name(id);
    for (const [t, id] of own.titles) ranking.titles.push([t, name(id)]);
  });
  writeFileSync(path.join(out, RANKING_FILE), JSON.stringify(ranking));
  writeFileSync(path.join(out, FRAGMENTS), JSON.stringify(merged.fragments.map((m) => [...m].filter(([a, b]) => a !== b))));
}

/** `from` into `to` (a file, hard-linked: a cached file costs no copy; copied across file systems). */
function link(from: string, to: string): void {
  try {
    linkSync(from, to);
  } catch {
    copyFileSync(from, to);
  }
}

/** `from`'s files into `to`, each under the name `rename` gives it; how many. */
function linkTree(
  from: string,
  to: string,
  rename: (name: string) => string = (n) => n,
  skip: (name: string) => boolean = () => false,
): number {
  if (!existsSync(from)) return 0;
  mkdirSync(to, { recursive: true });
  let n = 0;
  for (const e of readdirSync(from, { withFileTypes: true })) {
    if (skip(e.name)) continue;
    if (e.isDirectory()) n += linkTree(path.join(from, e.name), path.join(to, e.name), rename);
    else {
      link(path.join(from, e.name), path.join(to, rename(e.name)));
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

/** The cache folder `dir`, made by `make` (in a temporary folder, renamed when done) unless it is there; whether it was. */
async function cached(dir: string, make: (tmp: string) => Promise<unknown> | unknown): Promise<boolean> {
  if (existsSync(dir)) {
    utimesSync(dir, new Date(), new Date());
    return true;
  }
  const tmp = `${dir}.tmp-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
  await make(tmp);
  try {
    renameSync(tmp, dir);
  } catch (e) {
    // another build sharing the cache made the same folder meanwhile: same key, same content
    if (!existsSync(dir)) throw e;
    rmSync(tmp, { recursive: true, force: true });
  }
  return false;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
/** Pagefind's files other than an index's own: its script, wasm and UI bundles, which the newest block's folder carries. */
const isPagefindAsset = (name: string) => !/^(pagefind-entry\.json|.*\.pf_meta|index|filter|fragment)$/.test(name);

/**
 * The search of the built site at `root` (the bench runs it on its own, to time a rebuild with the
 * cache): a summary line, the parts and the blocks.
 */
export async function buildSearch(
  root: string,
  projectRoot: string,
  cacheRoot: string,
  logger: Pick<AstroIntegrationLogger, 'info'>,
  files: string[] = htmlFiles(root),
  rendered?: (file: string) => PageContent | undefined,
): Promise<{ summary: string; parts: Part[]; texts: TextGroup[]; blocks: Block[] }> {
  const started = Date.now();
  const elapsed = () => seconds(Date.now() - started);
  const pagefindVersion = (
    JSON.parse(readFileSync(path.join(projectRoot, 'node_modules/pagefind/package.json'), 'utf8')) as { version: string }
  ).version;
  const code = codeHash(fileURLToPath(import.meta.url), pagefindVersion);
  const { keys, read: pagesRead, threads } = await keyBuiltPages(root, files, code, rendered);
  const { parts, texts } = partsOf(files, keys);
  const blocks = blocksOf(parts);
  logger.info(
    `search: ${files.length} pages in ${parts.length} parts, ${blocks.length} block(s) (${blocks.map((b) => b.year ?? 'no year').join(', ')}), ` +
      `${texts.length} text groups; ${files.length - pagesRead} keyed as rendered, ${pagesRead} read` +
      `${pagesRead ? ` on ${threads} thread${threads > 1 ? 's' : ''}` : ''} (elapsed ${elapsed()})`,
  );
  const partDir = (p: Part) => path.join(cacheRoot, `part-${p.key}`);
  const textStore = (t: TextGroup) => path.join(cacheRoot, `text-${t.name}`);
  const blockCache = (b: Block) => path.join(cacheRoot, `block-${b.key}`);

  let indexed = 0;
  for (const [k, part] of parts.entries()) {
    const t0 = Date.now();
    let how = '';
    const reused = await cached(partDir(part), async (tmp) => {
      const { pages, long } = await indexPart(root, part, tmp);
      how = `${pages} indexed${long ? `, ${long} long texts split` : ''}`;
    });
    if (reused) continue;
    indexed++;
    logger.info(
      `search part ${k + 1}/${parts.length}: ${part.name}, ${part.files.length} pages, ${how}, ${seconds(Date.now() - t0)} (elapsed ${elapsed()})`,
    );
  }
  if (indexed) await closePagefind();
  logger.info(`search: ${indexed} part(s) indexed, ${parts.length - indexed} reused (elapsed ${elapsed()})`);

  rmSync(path.join(root, 'pagefind'), { recursive: true, force: true });
  const years: Years = { current: { year: null, pages: 0 }, archive: [] };
  let merged = 0;
  for (const [k, block] of blocks.entries()) {
    const t0 = Date.now();
    const dir = blockCache(block);
    const reused = await cached(dir, (tmp) => mergeBlock(block, partDir, tmp));
    if (!reused) merged++;
    // into dist/: the block's index files, then its parts' fragments under their merged names and their long texts
    const to = path.join(root, blockDir(block.block));
    let linked = linkTree(dir, to, undefined, (n) => n === FRAGMENTS);
    const names = JSON.parse(readFileSync(path.join(dir, FRAGMENTS), 'utf8')) as [string, string][][];
    block.parts.forEach((p, i) => {
      const renamed = new Map(names[i]!.map(([a, b]) => [`${a}.pf_fragment`, `${b}.pf_fragment`]));
      linked += linkTree(path.join(partDir(p), PART.pagefind, 'fragment'), path.join(to, 'fragment'), (n) => renamed.get(n) ?? n);
      linked += linkTree(path.join(partDir(p), PART.text), path.join(root, TEXT_DIR, p.key));
    });
    if (block.block === CURRENT_BLOCK && block.parts[0])
      linked += linkTree(path.join(partDir(block.parts[0]), PART.pagefind), to, undefined, (n) => !isPagefindAsset(n));
    const entry = { year: block.year, pages: block.parts.reduce((s, p) => s + p.files.length, 0) };
    if (block.block === CURRENT_BLOCK) years.current = entry;
    else years.archive.push({ ...entry, year: block.year! });
    logger.info(
      `search block ${k + 1}/${blocks.length}: ${block.block === CURRENT_BLOCK ? `${block.year ?? ''} (current)` : block.year}, ` +
        `${block.parts.length} parts, ${reused ? 'reused' : 'merged'}, ${linked} files, ${seconds(Date.now() - t0)} (elapsed ${elapsed()})`,
    );
  }
  pruneCache(cacheRoot);
  writeFileSync(path.join(root, YEARS_FILE), JSON.stringify(years));

  const t0 = Date.now();
  const all = parts.map((p) => JSON.parse(readFileSync(path.join(partDir(p), PART.traits), 'utf8')) as TextTraits);
  let read = 0;
  for (const group of texts) {
    const own = await readTextGroup(group, textStore(group));
    all.push(own.traits);
    read += own.read;
  }
  const traits = joinTraits(all);
  await writeDictionaries(root, traits);
  logger.info(
    `search: 简/繁 dictionaries from ${traits.chars.length} characters and ${traits.phrases.length} phrases ` +
      `(${read} of ${texts.reduce((n, t) => n + t.files.length, 0)} pages not indexed read), ${seconds(Date.now() - t0)}`,
  );
  const summary = `${files.length} pages, ${parts.length - indexed} of ${parts.length} parts reused, ${blocks.length - merged} of ${blocks.length} blocks reused (cache ${path.relative(projectRoot, cacheRoot) || cacheRoot})`;
  return { summary, parts, texts, blocks };
}

/** The page a built file holds, as the middleware noted it by URL path (/items/x/ for items/x/index.html, /404/ or /404 for 404.html). */
function renderedAt(root: string, base: string, pages: Map<string, PageContent>): (file: string) => PageContent | undefined {
  return (file) => {
    const url = base.replace(/\/$/, '') + urlOf(root, file);
    return pages.get(url) ?? pages.get(url.replace(/\.html$/, '/')) ?? pages.get(url.replace(/\.html$/, ''));
  };
}

export default function searchIndex(): AstroIntegration {
  let projectRoot = process.cwd();
  let base = '/';
  return {
    name: 'gongbao-search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        projectRoot = fileURLToPath(config.root);
        base = config.base;
      },
      'astro:build:done': async ({ dir, assets, logger }) => {
        const started = Date.now();
        const cacheRoot = process.env.SEARCH_CACHE_DIR || path.join(projectRoot, 'node_modules/.cache/gongbao-search');
        const root = fileURLToPath(dir);
        const written = builtHtmlFiles(
          root,
          [...assets.values()].flat().map((u) => fileURLToPath(u)),
        );
        const noted = takeRenderedPages();
        if (noted.pages.size)
          logger.info(`search: ${noted.pages.size} pages noted as they were rendered, in ${seconds(noted.ms)} of the rendering`);
        const rendered = renderedAt(root, base, noted.pages);
        const { summary } = await buildSearch(root, projectRoot, cacheRoot, logger, written, rendered);
        logger.info(`search: ${summary} in ${((Date.now() - started) / 1000).toFixed(2)} s`);
      },
    },
  };
}
