/**
 * `npm run bench -- --archive N`: the archive at scale. Builds the real issue alone, an archive of
 * 10 issues and one of N (the real issue beside synthetic copies, 12 a year from 2023 back:
 * tests/support/archive.ts), each from a fresh search cache, and reports per build: ingest and
 * build time per page, the search-index time, peak RSS of astro build, dist/ and pagefind/ size and
 * file counts, the largest HTML page per kind; then the first and later search bytes in Chromium
 * (our design only), and what the search step costs again with the cache: nothing changed, then a
 * new issue of the current year added by the README's steps (ingest, build) to the N-issue archive.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { archiveIssues, writeArchiveSource, type SyntheticIssue } from '../../tests/support/archive.ts';
import { buildSearch } from '../../src/integrations/search-index.ts';
import { pageContent, type PageContent } from '../../src/search/build/parts.ts';
import { htmlFiles } from '../../src/search/build/pages.ts';
import { ROOT, scratchDir } from './corpus.ts';
import { htmlPages } from './build.ts';
import { dirSize, median } from './measure.ts';
import { kindOf, KINDS } from './size.ts';
import { writeHarness } from './harness.ts';
import { searchFigures, type DesignFigures } from './search.ts';
import { archiveChecks, type ArchiveChecks } from './archive-checks.ts';
import { kb, table } from './report.ts';

const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');
/** The three queries of issue 17's acceptance, and the bench's reference query first. */
export const ARCHIVE_QUERIES = ['一业一证', '营商环境', '市行政审批服务管理局'];

export interface ArchiveBuild {
  issues: number;
  pages: number;
  ingestMs: number;
  buildMs: number;
  searchIndexMs: number;
  peakRssBytes: number;
  distBytes: number;
  distFiles: number;
  pagefindBytes: number;
  pagefindFiles: number;
  /** per page kind: pages, median and largest HTML, and the largest page */
  kinds: Record<string, { pages: number; medianHtmlBytes: number; maxHtmlBytes: number; largest: string }>;
  /** search step again on the built site, every part and block from the cache */
  rebuildReusedMs?: number;
  /** search step of the build after a new issue of the current year was added (its own part and the part of no issue indexed, its year merged) */
  addIssueSearchMs?: number;
  /** that build's search log: what was indexed and merged */
  addIssueLog?: string[];
  /** the search step for a new issue against the one-issue site's, in turns (reindexPairs) */
  reindex?: { newestIssue: string; oneIssueMs: number; addIssueMs: number; ratio: number };
  search?: DesignFigures;
  /** ranking, 文号 jump and Traditional checks (archive-checks.ts) */
  checks?: ArchiveChecks;
}

const countFiles = (dir: string) => readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).length;
const quiet = { info: () => {} };

/**
 * Ingest (CLI, its progress lines passed through) and astro build of `issues` issues, timed, with the
 * search cache in `cache`; into `root` when given (its source rewritten), else a new scratch folder.
 */
function build(
  issues: number,
  cache: string,
  root = scratchDir(`gongbao-archive-${issues}-`),
  extra: SyntheticIssue[] = [],
): { outDir: string; figures: ArchiveBuild; log: string[] } {
  writeArchiveSource(root, [...archiveIssues(issues - 1 - extra.length), ...extra]);
  const t0 = performance.now();
  execFileSync('npm', ['run', '-s', 'ingest', '--', `--root=${root}`], { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
  const t1 = performance.now();
  const outDir = join(root, 'dist');
  const run = spawnSync('/usr/bin/time', ['-f', 'peak-rss-kb %M', process.execPath, ASTRO, 'build', '--outDir', outDir], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 1 << 28,
    env: { ...process.env, CONTENT_DIR: join(root, 'content'), BASE_PATH: '', SITE_URL: 'https://example.gov.cn', SEARCH_CACHE_DIR: cache },
  });
  const t2 = performance.now();
  if (run.status !== 0) throw new Error(`astro build of ${issues} issues failed:\n${run.stderr.slice(-2000)}`);
  const log = run.stdout.split('\n').filter((line) => /gongbao-search-index/.test(line));
  for (const line of log) console.log(line);
  const searchLine = /search: \d+ pages, .* in ([\d.]+) s$/m.exec(run.stdout);
  const rss = /peak-rss-kb (\d+)/.exec(run.stderr);
  const kinds: ArchiveBuild['kinds'] = {};
  const byKind = new Map<string, { size: number; file: string }[]>();
  for (const f of htmlPages(outDir)) {
    const k = kindOf(f);
    if (!byKind.has(k)) byKind.set(k, []);
    byKind.get(k)!.push({ size: statSync(join(outDir, f)).size, file: f });
  }
  for (const k of KINDS) {
    const list = byKind.get(k);
    if (!list) continue;
    const largest = list.reduce((a, b) => (b.size > a.size ? b : a));
    kinds[k] = { pages: list.length, medianHtmlBytes: median(list.map((x) => x.size)), maxHtmlBytes: largest.size, largest: largest.file };
  }
  const pagefind = join(outDir, 'pagefind');
  return {
    outDir,
    log,
    figures: {
      issues,
      pages: htmlPages(outDir).length,
      ingestMs: t1 - t0,
      buildMs: t2 - t1,
      searchIndexMs: searchLine ? Number(searchLine[1]) * 1000 : NaN,
      peakRssBytes: rss ? Number(rss[1]) * 1024 : NaN,
      distBytes: dirSize(outDir),
      distFiles: countFiles(outDir),
      pagefindBytes: dirSize(pagefind),
      pagefindFiles: countFiles(pagefind),
      kinds,
    },
  };
}

/** The pages of a built site as the build's middleware notes them while Astro renders (src/middleware.ts), read outside any timing. */
function asRendered(outDir: string): (file: string) => PageContent | undefined {
  const files = htmlFiles(outDir);
  const noted = new Map(files.map((f) => [f, pageContent(readFileSync(f))]));
  return (file) => noted.get(file);
}

/**
 * The search step alone on a built site, timed, as a build runs it: its pages keyed as rendered, its
 * page list given, and no `pagefind/` in the site yet (a build starts from the `dist/` Astro emptied).
 */
async function searchStep(outDir: string, cache: string, rendered = asRendered(outDir)): Promise<number> {
  rmSync(join(outDir, 'pagefind'), { recursive: true, force: true });
  // the page list is Astro's in a build (its `assets`), not a walk of dist/: taken before the clock starts
  const files = htmlFiles(outDir);
  const t = performance.now();
  await buildSearch(outDir, ROOT, cache, quiet, files, rendered);
  return performance.now() - t;
}

/**
 * What adding an issue costs the search step against what indexing one issue costs, in turns on
 * the same machine (so a load that comes and goes weighs on both): the one-issue site from an empty
 * cache; the site with the new issue, from the cache as it was before that issue was added (a copy
 * made before its build, put back before each round). Pages are keyed as rendered, as in a build.
 * Medians of `rounds`, in ms.
 */
async function reindexPairs(
  one: { outDir: string; cache: string },
  archive: { outDir: string; cache: string; before: string; newest: string },
  rounds = 5,
) {
  const [oneRendered, archiveRendered] = [asRendered(one.outDir), asRendered(archive.outDir)];
  const oneIssue: number[] = [];
  const addIssue: number[] = [];
  for (let r = 0; r < rounds; r++) {
    rmSync(one.cache, { recursive: true, force: true });
    oneIssue.push(await searchStep(one.outDir, one.cache, oneRendered));
    rmSync(archive.cache, { recursive: true, force: true });
    cpSync(archive.before, archive.cache, { recursive: true });
    addIssue.push(await searchStep(archive.outDir, archive.cache, archiveRendered));
  }
  return {
    newestIssue: archive.newest,
    oneIssueMs: median(oneIssue),
    addIssueMs: median(addIssue),
    ratio: median(addIssue) / median(oneIssue),
  };
}

export async function archiveBench(n: number): Promise<Record<string, unknown>> {
  const sizes = [...new Set([1, 10, n])].filter((s) => s <= n);
  const builds: ArchiveBuild[] = [];
  let one: { outDir: string; cache: string } | undefined;
  for (const issues of sizes) {
    const cache = scratchDir(`gongbao-archive-cache-${issues}-`);
    console.log(`\n== ${issues} issue(s): ingest and build ==`);
    const { outDir, figures } = build(issues, cache);
    if (issues === 1) one = { outDir, cache: scratchDir('gongbao-archive-cache-pairs-') };
    if (issues === n && n > 1) figures.rebuildReusedMs = await searchStep(outDir, cache);
    await writeHarness(outDir);
    console.log(`== ${issues} issue(s): search in Chromium ==`);
    figures.search = (await searchFigures(outDir, { designs: ['pagefind'] })).pagefind;
    figures.checks = await archiveChecks(outDir);
    if (issues === n && n > 1) {
      // a new issue of the current year, into the same folder and cache, as an editor adds one
      const newest = archiveIssues(1)[0]!;
      // the cache as it is before the new issue: each round of reindexPairs starts from it
      const before = scratchDir('gongbao-archive-cache-before-');
      cpSync(cache, before, { recursive: true });
      console.log(`\n== ${issues} issue(s) + ${newest.year}年 a new issue: ingest and build ==`);
      const added = build(issues + 1, cache, dirname(outDir), [{ year: newest.year, number: 15 }]);
      figures.addIssueSearchMs = added.figures.searchIndexMs;
      figures.addIssueLog = added.log;
      console.log(`== the search step for a new issue against one issue's, in turns ==`);
      if (one) figures.reindex = await reindexPairs(one, { outDir, cache, before, newest: `${newest.year}-15` });
    }
    builds.push(figures);
  }
  report(builds);
  return { archive: builds };
}

function report(builds: ArchiveBuild[]): void {
  const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  const mb = (b: number) => `${(b / 1e6).toFixed(1)} MB`;
  const col = (f: (b: ArchiveBuild) => string) => builds.map(f);
  console.log(
    table(
      [
        ['', ...col((b) => `${b.issues} issue(s)`)],
        ['pages', ...col((b) => String(b.pages))],
        ['ingest (CLI)', ...col((b) => `${s(b.ingestMs)} (${(b.ingestMs / b.issues / 1000).toFixed(2)} s/issue)`)],
        ['astro build (search included)', ...col((b) => `${s(b.buildMs)} (${(b.buildMs / b.pages).toFixed(1)} ms/page)`)],
        ['ingest + build per page', ...col((b) => `${((b.ingestMs + b.buildMs) / b.pages).toFixed(1)} ms`)],
        ['search index (Pagefind and the rest)', ...col((b) => s(b.searchIndexMs))],
        ['search index again, every block cached', ...col((b) => (b.rebuildReusedMs === undefined ? '—' : s(b.rebuildReusedMs)))],
        [
          'search index after adding an issue',
          ...col((b) =>
            b.addIssueSearchMs === undefined
              ? '—'
              : `${s(b.addIssueSearchMs)} = ${(b.addIssueSearchMs / builds[0]!.searchIndexMs).toFixed(2)}× one issue's`,
          ),
        ],
        [
          'search step: a new issue / one issue, in turns (median of 5)',
          ...col((b) => (b.reindex ? `${s(b.reindex.addIssueMs)} / ${s(b.reindex.oneIssueMs)} = ${b.reindex.ratio.toFixed(2)}×` : '—')),
        ],
        ['peak RSS of astro build', ...col((b) => `${(b.peakRssBytes / 1e9).toFixed(2)} GB`)],
        ['dist/ (files)', ...col((b) => `${mb(b.distBytes)} (${b.distFiles})`)],
        ['pagefind/ (files)', ...col((b) => `${mb(b.pagefindBytes)} (${b.pagefindFiles})`)],
        ...ARCHIVE_QUERIES.map((q) => [`first search: ${q}`, ...col((b) => kb(b.search?.firstBytesByQuery[q] ?? NaN))]),
        ['first search: median of 3', ...col((b) => kb(median(ARCHIVE_QUERIES.map((q) => b.search?.firstBytesByQuery[q] ?? NaN))))],
        ['first search: median / worst, all queries', ...col((b) => `${kb(b.search!.firstMedianBytes)} / ${kb(b.search!.firstMaxBytes)}`)],
        ['later search: median / worst', ...col((b) => `${kb(b.search!.laterMedianBytes)} / ${kb(b.search!.laterMaxBytes)}`)],
        ['recall / precision, every year', ...col((b) => `${b.search!.recall.toFixed(4)} / ${b.search!.precision.toFixed(4)}`)],
        ...(['ranking', 'numbers', 'traditional'] as const).map((k) => [
          {
            ranking: 'unit names ranking their page first',
            numbers: '文号 opening their document',
            traditional: 'Traditional = Simplified, every year',
          }[k],
          ...col((b) => (b.checks ? `${b.checks[k].passed} / ${b.checks[k].checked}` : '—')),
        ]),
      ],
      true,
    ),
  );
  const last = builds.at(-1)!;
  console.log(
    `\n${table(
      [
        [`page kind (${last.issues} issues)`, 'pages', 'median HTML', 'largest HTML', 'largest page'],
        ...Object.entries(last.kinds).map(([k, v]) => [k, String(v.pages), kb(v.medianHtmlBytes), kb(v.maxHtmlBytes), v.largest]),
      ],
      true,
    )}`,
  );
}
