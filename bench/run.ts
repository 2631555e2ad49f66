/**
 * npm run bench — speed and size figures, printed as a table and written to bench/results.json.
 * Not part of the tests. Medians over several runs; ratios are measured within one run.
 * `--build` also times the site build and measures dist/.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ingest } from '../scripts/ingest.ts';

const root = join(import.meta.dirname, '..');
const RUNS = 5;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function time(fn: () => void, runs = RUNS): number {
  return median(Array.from({ length: runs }, () => {
    const start = performance.now();
    fn();
    return performance.now() - start;
  }));
}

/** A scratch corpus of `copies` issues made from the real one, 文号 renumbered so each is unique. */
function syntheticCorpus(copies: number): string {
  const dir = mkdtempSync(join(tmpdir(), `gongbao-bench-${copies}-`));
  mkdirSync(join(dir, 'content/source'), { recursive: true });
  cpSync(join(root, 'content/source/units.yaml'), join(dir, 'content/source/units.yaml'));
  const text = readFileSync(join(root, 'content/source/2023-02.txt'), 'utf8');
  for (let k = 0; k < copies; k += 1) {
    const id = `2023-${String(k + 1).padStart(3, '0')}`;
    // Renumber only the documents' own 文号 lines (临政…〔2023〕N 号), so citations stay external.
    const renumbered = text.replace(/^(\s*临政[办]?[发函]〔2023〕)(\d+)( ?号\s*)$/gm, (_m, head: string, n: string, tail: string) => `${head}${Number(n) + 100 * k}${tail}`);
    writeFileSync(join(dir, `content/source/${id}.txt`), renumbered);
    writeFileSync(join(dir, `content/source/${id}.yaml`), `id: ${id}\ngazette: 临汾市人民政府公报\nyear: 2023\nnumber: ${k + 1}\ntitle: 临汾市人民政府公报 synthetic ${k + 1}\nsource: ${id}.txt\n`);
  }
  return dir;
}

function dirSize(dir: string, filter: (f: string) => boolean = () => true): number {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    const full = join(entry.parentPath, entry.name);
    if (entry.isFile() && filter(full)) total += statSync(full).size;
  }
  return total;
}

const results: Record<string, unknown> = {};
const rows: [string, string][] = [];

// Ingest of the real issue, in-process and as a CLI against a bare Node start.
const inProcess = time(() => ingest(root));
const tsx = join(root, 'node_modules/tsx/dist/cli.mjs');
const cli = time(() => spawnSync(process.execPath, [tsx, join(root, 'scripts/ingest.ts'), '--check']));
const bare = time(() => execFileSync(process.execPath, ['-e', '0']));
results.ingest = { inProcessMs: inProcess, cliMs: cli, nodeStartMs: bare, cliOverNodeStart: cli / bare, target: 'one issue ≤ 1 s', met: cli <= 1000 };
rows.push(['ingest, one issue (in process)', `${inProcess.toFixed(0)} ms`], ['ingest, one issue (CLI wall)', `${cli.toFixed(0)} ms = ${(cli / bare).toFixed(1)}× node -e 0 (≤ 1 s: ${cli <= 1000 ? 'met' : 'missed'})`]);

// Cost per document as the corpus grows.
const perDocument: Record<string, number> = {};
for (const copies of [1, 10, 100]) {
  const dir = syntheticCorpus(copies);
  let documents = 0;
  const ms = time(() => {
    documents = ingest(dir).stats.documents;
  }, copies === 100 ? 1 : 3);
  perDocument[copies] = ms / documents;
  rows.push([`ingest, ${copies} issue(s), ${documents} documents`, `${ms.toFixed(0)} ms, ${(ms / documents).toFixed(2)} ms/document`]);
}
results.ingestScaling = { msPerDocument: perDocument, flat: perDocument[100]! <= 2 * perDocument[1]! };

if (process.argv.includes('--build')) {
  const start = performance.now();
  execFileSync('npm', ['run', '-s', 'build'], { cwd: root, stdio: 'ignore' });
  const buildMs = performance.now() - start;
  const dist = join(root, 'dist');
  const pages = readdirSync(dist, { recursive: true }).filter((f) => String(f).endsWith('.html')).length;
  const gz = (f: string) => gzipSync(readFileSync(f)).length;
  const js = readdirSync(dist, { recursive: true }).map(String).filter((f) => f.endsWith('.js') && !f.startsWith('pagefind')).reduce((sum, f) => sum + gz(join(dist, f)), 0);
  results.build = { ms: buildMs, pages, msPerPage: buildMs / pages, distBytes: dirSize(dist), pagefindBytes: existsSync(join(dist, 'pagefind')) ? dirSize(join(dist, 'pagefind')) : 0, siteJsGzipBytes: js };
  rows.push(['build (ingest check + astro + pagefind)', `${(buildMs / 1000).toFixed(1)} s, ${pages} pages, ${(buildMs / pages).toFixed(0)} ms/page`], ['dist/ total', `${(dirSize(dist) / 1024).toFixed(0)} KiB`], ['site JS, all files (gzip)', `${(js / 1024).toFixed(1)} KiB`]);
}

writeFileSync(join(root, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);
const width = Math.max(...rows.map(([k]) => k.length));
for (const [k, v] of rows) console.log(`${k.padEnd(width)}  ${v}`);
