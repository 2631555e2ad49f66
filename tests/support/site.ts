/**
 * The built site, shared by the site tests, the browser tests and the bench: build dist/ once
 * (when missing or older than its sources), read built pages, and load the built Pagefind index
 * in Node.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { htmlFiles as builtPages, urlOf as builtUrl } from '../../src/search/build/pages.ts';
import type { PagefindModule } from '../../src/search/client/pagefind.ts';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const DIST = path.join(ROOT, 'dist');
/** The test build is a production build for this origin: nothing in dist/ may point at localhost. */
export const TEST_SITE_URL = 'https://example.gov.cn';
/** What dist/ is built for; a dist/ built otherwise (say by `npm start`, for localhost) is rebuilt. */
const BUILD_ENV = { SITE_URL: TEST_SITE_URL, BASE_PATH: '' };
const STAMP = path.join(DIST, '.built');
const LOCK = path.join(ROOT, 'node_modules', '.gongbao-site-build.lock');
/** What the site is built from. */
const SOURCES = ['src', 'model', 'content', 'public', 'deploy', 'astro.config.mjs'];

function newest(p: string): number {
  if (!existsSync(p)) return 0;
  const st = statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  let m = st.mtimeMs;
  for (const e of readdirSync(p)) m = Math.max(m, newest(path.join(p, e)));
  return m;
}

function stale(): boolean {
  if (!existsSync(STAMP) || readFileSync(STAMP, 'utf8') !== JSON.stringify(BUILD_ENV)) return true;
  const built = statSync(STAMP).mtimeMs;
  return SOURCES.some((p) => newest(path.join(ROOT, p)) > built);
}

/** Build the site unless dist/ is up to date. Safe when several test files call it at once. */
export function ensureBuilt(): void {
  if (!stale()) return;
  for (;;) {
    try {
      mkdirSync(LOCK);
      break;
    } catch {
      if (Date.now() - statSync(LOCK).mtimeMs > 300_000) rmSync(LOCK, { recursive: true, force: true });
      execFileSync('sleep', ['1']);
    }
  }
  try {
    if (stale()) {
      execFileSync('npx', ['astro', 'build'], { cwd: ROOT, stdio: 'pipe', env: { ...process.env, ...BUILD_ENV } });
      writeFileSync(STAMP, JSON.stringify(BUILD_ENV));
    }
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}

/**
 * Ingests `work`/content/source with the CLI, as `npm run ingest` does, and builds the site from
 * that content into `work`/dist, which it returns. `what` names the corpus in a failure.
 */
export function ingestAndBuild(work: string, what: string): string {
  const ingest = spawnSync(process.execPath, [path.join(ROOT, 'scripts/ingest.ts'), `--root=${work}`], { encoding: 'utf8' });
  if (ingest.status !== 0) throw new Error(`ingest of ${what} failed:\n${ingest.stderr}`);
  const dist = path.join(work, 'dist');
  execFileSync('npx', ['astro', 'build', '--outDir', dist], {
    cwd: ROOT,
    stdio: 'pipe',
    env: { ...process.env, CONTENT_DIR: path.join(work, 'content'), ...BUILD_ENV },
  });
  return dist;
}

/** The built HTML of a URL path, e.g. page('/items/lzf-2023-2-002/'). */
export function page(urlPath: string): string {
  const p = path.join(DIST, urlPath.replace(/^\//, ''), urlPath.endsWith('/') ? 'index.html' : '');
  return readFileSync(p, 'utf8');
}

/** Every built HTML page under `dir` (default dist/), as absolute paths. */
export const htmlFiles = (dir = DIST): string[] => builtPages(dir);

/** URL path of a built HTML file, e.g. /items/lzf-2023-2-002/ */
export const urlOf = (file: string): string => builtUrl(DIST, file);

export interface LoadedPagefind {
  pf: PagefindModule;
  bytes: () => number;
  files: () => string[];
  reset: () => void;
}

/** Load `dist`/pagefind/pagefind.js (default dist/) in Node with fetch served from `dist`, counting bytes. */
export async function loadPagefind(dist = DIST): Promise<LoadedPagefind> {
  let bytes = 0;
  let files: string[] = [];
  globalThis.fetch = (async (url: string | URL) => {
    const u = new URL(String(url), 'http://localhost/');
    const buf = await readFile(path.join(dist, decodeURIComponent(u.pathname)));
    bytes += buf.length;
    files.push(u.pathname);
    return new Response(buf, { status: 200 });
  }) as typeof fetch;
  const pf = (await import(pathToFileURL(path.join(dist, 'pagefind', 'pagefind.js')).href + `?t=${Date.now()}`)) as PagefindModule & {
    destroy: () => Promise<void>;
  };
  // the module loader may hand back the module it loaded before (with its index): start afresh
  await pf.destroy();
  await pf.options({ basePath: 'http://localhost/pagefind/', baseUrl: '/' });
  await pf.init();
  return { pf, bytes: () => bytes, files: () => files, reset: () => ((bytes = 0), (files = [])) };
}
