/**
 * npm run bench — speed, size and search figures, printed as tables and written to bench/results.json.
 * Not part of the tests. Medians over several runs; ratios are measured within one run.
 * It also builds the site (the real issue and 10 synthetic ones, into scratch directories,
 * never dist/) and measures its size and, in Chromium, our search against two alternatives.
 * `--ingest-only` skips the site (a 30 s check; results.json is left alone);
 * `--keep` keeps the scratch corpora and builds; `--archive N` measures the archive at scale instead
 * (1, 10 and N issues; bench/lib/archive.ts), written to bench/archive-N.json.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ingest } from '../scripts/ingest.ts';
import { time } from './lib/measure.ts';
import { ROOT as root, syntheticCorpus, scratchDir, removeScratch } from './lib/corpus.ts';
import { buildFigures } from './lib/build.ts';
import { siteSize, KINDS } from './lib/size.ts';
import { writeAlternatives } from './lib/designs.ts';
import { writeHarness } from './lib/harness.ts';
import { searchFigures, DESIGNS, type DesignFigures } from './lib/search.ts';
import { targets, type Figures } from './lib/targets.ts';
import { table, kb, ms } from './lib/report.ts';
import { archiveBench } from './lib/archive.ts';

// --archive N: the archive at scale (bench/lib/archive.ts), on its own
const archiveAt = process.argv.indexOf('--archive');
if (archiveAt >= 0) {
  const n = Number(process.argv[archiveAt + 1] ?? 100);
  const figures = await archiveBench(n);
  writeFileSync(join(root, `bench/archive-${n}.json`), `${JSON.stringify(figures, null, 2)}\n`);
  if (!process.argv.includes('--keep')) removeScratch();
  process.exit(0);
}

const results: Record<string, unknown> = {};
const rows: [string, string][] = [];
const tables: string[] = [];

// Ingest of the real issue, as the CLI `npm run ingest` runs (Node strips the types) and in process.
// The CLI goes first: after in-process runs, this process's garbage collector competes with it.
const ingestCommand = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'))
  .scripts.ingest.split(' ')
  .slice(1);
const cli = time(() => spawnSync(process.execPath, [...ingestCommand, '--check'], { cwd: root }));
const bare = time(() => execFileSync(process.execPath, ['-e', '0']));
const inProcess = time(() => ingest(root));
results.ingest = {
  inProcessMs: inProcess,
  cliMs: cli,
  nodeStartMs: bare,
  cliOverNodeStart: cli / bare,
  target: 'one issue ≤ 1 s',
  met: cli <= 1000,
};
rows.push(
  ['ingest, one issue (in process)', `${inProcess.toFixed(0)} ms`],
  [
    'ingest, one issue (CLI wall)',
    `${cli.toFixed(0)} ms = ${(cli / bare).toFixed(1)}× node -e 0 (≤ 1 s: ${cli <= 1000 ? 'met' : 'missed'})`,
  ],
);

// Cost per document as the corpus grows.
const perDocument: Record<string, number> = {};
for (const copies of [1, 10, 100]) {
  const dir = syntheticCorpus(copies);
  let documents = 0;
  const ms = time(
    () => {
      documents = ingest(dir).stats.documents;
    },
    copies === 100 ? 1 : 3,
  );
  perDocument[copies] = ms / documents;
  rows.push([`ingest, ${copies} issue(s), ${documents} documents`, `${ms.toFixed(0)} ms, ${(ms / documents).toFixed(2)} ms/document`]);
}
results.ingestScaling = { msPerDocument: perDocument, flat: perDocument[100]! <= 2 * perDocument[1]! };

const figures: Figures = { ingestCliMs: cli };
const ingestOnly = process.argv.includes('--ingest-only');
if (!ingestOnly) {
  const scratch = scratchDir('gongbao-bench-site-');

  // Build: ingest CLI + astro build (Pagefind runs inside it), the real issue and 10 synthetic issues.
  const build = buildFigures(scratch);
  results.build = build;
  figures.build = { oneMs: build.one.totalMs, tenMs: build.ten.totalMs };
  for (const [label, b] of [
    ['1 issue', build.one],
    ['10 issues', build.ten],
  ] as const) {
    rows.push([
      `ingest + build, ${label}, ${b.pages} pages`,
      `${ms(b.ingestMs)} + ${ms(b.buildMs)} = ${ms(b.totalMs)}, ${(b.totalMs / b.pages).toFixed(0)} ms/page`,
    ]);
  }
  rows.push(['ingest + build, 10 issues / 1 issue', `${build.ratio.toFixed(2)}× (≤ 10×: ${build.ratio <= 10 ? 'met' : 'missed'})`]);

  // Size of the one-issue and ten-issue sites: dist/, HTML and JS/CSS per page kind, Pagefind.
  const size = siteSize(build.one.outDir);
  const size10 = siteSize(build.ten.outDir);
  results.size = { oneIssue: size, tenIssues: size10 };
  figures.size = size;
  rows.push(
    ['dist/ total, 1 issue / 10 issues', `${kb(size.distBytes)} / ${kb(size10.distBytes)}`],
    ['pagefind/ (all) / what search fetches from, 1 issue', `${kb(size.pagefindBytes)} / ${kb(size.pagefindSearchBytes)}`],
    ['pagefind/ (all) / what search fetches from, 10 issues', `${kb(size10.pagefindBytes)} / ${kb(size10.pagefindSearchBytes)}`],
  );
  tables.push(
    table(
      [
        ['page kind (1 issue)', 'pages', 'median HTML', 'JS (gzip)', 'CSS (gzip)'],
        ...KINDS.filter((k) => size.kinds[k]).map((k) => {
          const s = size.kinds[k]!;
          return [k, String(s.pages), kb(s.medianHtmlBytes), kb(s.jsGzipBytes), kb(s.cssGzipBytes)];
        }),
      ],
      true,
    ),
  );

  // Search: ours and the alternatives, same queries, same Chromium session, 1 issue.
  writeAlternatives(build.one.outDir);
  await writeHarness(build.one.outDir);
  const search = await searchFigures(build.one.outDir);
  // The same at 10 issues: how each design's downloads grow with the corpus.
  writeAlternatives(build.ten.outDir);
  await writeHarness(build.ten.outDir);
  const search10 = await searchFigures(build.ten.outDir);
  results.search = { oneIssue: search, tenIssues: search10 };
  figures.search = search.pagefind;
  const designRow = (name: string, d: DesignFigures, issues: string) => [
    `${name}, ${issues}`,
    d.recall.toFixed(4),
    d.precision.toFixed(4),
    kb(d.firstReferenceBytes),
    kb(d.firstMedianBytes),
    kb(d.firstMaxBytes),
    kb(d.laterMedianBytes),
    kb(d.laterMaxBytes),
    `${d.latencyMs.toFixed(1)} ms`,
    `${d.firstLatencyMs.toFixed(0)} ms`,
  ];
  tables.push(
    table(
      [
        ['search design', 'recall', 'precision', 'first: 一业一证', 'median', 'worst', 'later: median', 'worst', 'latency: later', 'first'],
        ...Object.keys(DESIGNS).map((n) => designRow(n, search[n]!, '1 issue')),
        ...Object.keys(DESIGNS).map((n) => designRow(n, search10[n]!, '10 issues')),
      ],
      true,
    ),
  );
  tables.push(
    table(
      [['our first search of 一业一证, file by file', 'gzip'], ...search.pagefind!.firstReferenceFiles.map(([f, b]) => [f, kb(b)])],
      true,
    ),
  );
}

// Targets (issue 5), each met or missed.
const judged = targets(figures);
results.targets = judged;
tables.push(
  table([['target', 'figure', ''], ...judged.map((t) => [t.target, t.figure, t.met === null ? '—' : t.met ? 'met' : 'missed'])], true),
);

// a partial run must not overwrite the figures of the last full one
if (!ingestOnly) writeFileSync(join(root, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);
// Scratch corpora and builds go, unless --keep (their paths are in results.json).
if (!process.argv.includes('--keep')) removeScratch();
console.log(table(rows));
for (const t of tables) console.log(`\n${t}`);
