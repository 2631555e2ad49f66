/** Site build for the bench: ingest a scratch corpus, then astro build (Pagefind runs inside it) into a scratch outDir. */
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { htmlFiles } from '../../src/search/build/pages.ts';
import { ROOT, ingestCli, realCorpus, syntheticCorpus } from './corpus.ts';

const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');

export interface Built {
  outDir: string;
  pages: number;
  ingestMs: number;
  buildMs: number;
}

/** astro build of `root`/content into `outDir` (never the project's dist/), served at /. */
export function astroBuild(root: string, outDir: string): void {
  rmSync(outDir, { recursive: true, force: true });
  execFileSync(process.execPath, [ASTRO, 'build', '--outDir', outDir], {
    cwd: ROOT,
    stdio: 'pipe',
    env: { ...process.env, CONTENT_DIR: join(root, 'content'), BASE_PATH: '', SITE_URL: 'https://example.gov.cn' },
  });
}

/** The site's HTML pages under `dir`, relative to it (the search harness's own bench/ page aside). */
export const htmlPages = (dir: string) =>
  htmlFiles(dir)
    .map((f) => relative(dir, f))
    .filter((f) => !f.startsWith('bench/'));

/** Ingest (CLI) and build a corpus root, timing each. */
export function ingestAndBuild(root: string, outDir: string): Built {
  const t0 = performance.now();
  ingestCli(root);
  const t1 = performance.now();
  astroBuild(root, outDir);
  const t2 = performance.now();
  return { outDir, pages: htmlPages(outDir).length, ingestMs: t1 - t0, buildMs: t2 - t1 };
}

export interface BuildFigures {
  /** the real issue: median of `runs` ingest + build runs (each from a fresh scratch root) */
  one: Built & { totalMs: number };
  /** 10 synthetic issues, one run */
  ten: Built & { totalMs: number };
  /** ten.totalMs / one.totalMs, target ≤ 10 */
  ratio: number;
}

/** Ingest + build of the real issue (median of `runs`) and of 10 synthetic issues, into `scratch`/dist-{1,10}. */
export function buildFigures(scratch: string, runs = 3): BuildFigures {
  const ones = Array.from({ length: runs }, () => ingestAndBuild(realCorpus(), join(scratch, 'dist-1')));
  const total = (b: Built) => ({ ...b, totalMs: b.ingestMs + b.buildMs });
  const one = ones.map(total).sort((a, b) => a.totalMs - b.totalMs)[Math.floor(runs / 2)]!;
  const ten = total(ingestAndBuild(syntheticCorpus(10), join(scratch, 'dist-10')));
  return { one, ten, ratio: ten.totalMs / one.totalMs };
}
