/**
 * Search, ours against the alternatives, in one Chromium session over one served outDir:
 * - first search: for each query, the bench page is loaded afresh (HTTP cache off) and runs that one
 *   query; counted are the files fetched from the call on (each once, gzip as a server sends it);
 * - later searches: one page runs every query in turn; counted are files it had not fetched before;
 * - latency: from the call until the ranked list and the first 10 titles and excerpts are ready
 *   (median over the later searches; the first searches' median is given too);
 * - quality: every result of every query against exact-substring truth (tests/support/truth.ts),
 *   Traditional queries against the truth of their Simplified form.
 */
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM } from '../../tests/support/browser.ts';
import { serve } from '../../tests/support/server.ts';
import { indexedPages, quality, truth } from '../../tests/support/truth.ts';
import { QUERIES, TRADITIONAL } from '../../tests/support/queries.ts';
import { gzipBytes, median } from './measure.ts';
import type {} from '../client/harness.ts'; // window.bench

export const DESIGNS = {
  pagefind: 'ours: Pagefind, one word per character, exact phrase per term',
  minisearch: 'MiniSearch, CJK bigrams, one JSON index',
  scan: 'substring scan over one JSON of all page text',
} as const;
export type DesignName = keyof typeof DESIGNS;

export interface DesignFigures {
  design: string;
  recall: number;
  precision: number;
  /** first search of the reference query 一业一证 */
  firstReferenceBytes: number;
  firstMedianBytes: number;
  firstMaxBytes: number;
  firstMaxQuery: string;
  laterMedianBytes: number;
  laterMaxBytes: number;
  laterMaxQuery: string;
  /** median ms per query, later searches / first searches */
  latencyMs: number;
  firstLatencyMs: number;
  /** bytes of each query's first search */
  firstBytesByQuery: Record<string, number>;
  /** files the reference first search fetched, with their gzip bytes */
  firstReferenceFiles: [string, number][];
  misses: string[];
}

export const REFERENCE_QUERY = '一业一证';

interface Searched {
  ms: number;
  files: string[];
}

/** One page with Chromium's HTTP cache off, so every file a search needs is fetched and seen. */
async function openPage(browser: Browser, origin: string): Promise<{ page: Page; fetched: string[]; fresh: () => Promise<void> }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  const fetched: string[] = [];
  page.on('request', (r) => {
    const u = new URL(r.url());
    if (u.origin === origin) fetched.push(decodeURIComponent(u.pathname));
  });
  /** a newly loaded bench page: nothing loaded, nothing cached */
  const fresh = async () => {
    await page.goto(`${origin}/bench/`);
    await page.waitForFunction(() => 'bench' in window);
  };
  await fresh();
  return { page, fetched, fresh };
}

async function searchOnce(page: Page, fetched: string[], design: DesignName, q: string): Promise<Searched> {
  const mark = fetched.length;
  const r = await page.evaluate(([d, query]) => window.bench.search(d!, query!), [design, q]);
  if (r.top.length && !r.top[0]!.title) throw new Error(`${design}: untitled result for ${q}`);
  return { ms: r.ms, files: fetched.slice(mark) };
}

/** Figures for every design over `outDir` (built with writeAlternatives and writeHarness); `every`: use every n-th query only. */
export async function searchFigures(
  outDir: string,
  { every = 1, designs = Object.keys(DESIGNS) as DesignName[] } = {},
): Promise<Record<string, DesignFigures>> {
  if (!CHROMIUM) throw new Error('chromium not installed (apt-get install -y chromium)');
  const pages = indexedPages(outDir).filter((p) => !p.url.startsWith('/bench/'));
  const simplifiedOf = new Map(TRADITIONAL);
  const want = (q: string) => truth(pages, simplifiedOf.get(q) ?? q);
  const queries = [...QUERIES, ...TRADITIONAL.map(([t]) => t)].filter((q, i) => i % every === 0 || q === REFERENCE_QUERY);
  const bytes = (files: Iterable<string>) =>
    [...new Set(files)].reduce((s, f) => s + gzipBytes(join(outDir, f.endsWith('/') ? `${f}index.html` : f)), 0);

  const served = await serve(outDir);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  const out: Record<string, DesignFigures> = {};
  try {
    for (const design of designs) {
      // first searches: a freshly loaded page per query (cache off)
      const p = await openPage(browser, served.origin);
      const first = new Map<string, { bytes: number; ms: number; files: string[] }>();
      for (const q of queries) {
        await p.fresh();
        const s = await searchOnce(p.page, p.fetched, design, q);
        first.set(q, { bytes: bytes(s.files), ms: s.ms, files: [...new Set(s.files)] });
      }
      // later searches: one page load; the reference query first, then each query once
      await p.fresh();
      const seen = new Set<string>();
      for (const f of (await searchOnce(p.page, p.fetched, design, REFERENCE_QUERY)).files) seen.add(f);
      const later = new Map<string, { bytes: number; ms: number }>();
      for (const q of queries.filter((x) => x !== REFERENCE_QUERY)) {
        const s = await searchOnce(p.page, p.fetched, design, q);
        later.set(q, { bytes: bytes(s.files.filter((f) => !seen.has(f))), ms: s.ms });
        for (const f of s.files) seen.add(f);
      }
      // quality: every result
      const got = new Map<string, string[]>();
      for (const q of queries) got.set(q, await p.page.evaluate(([d, query]) => window.bench.all(d!, query!), [design, q]));
      await p.page.context().close();
      const qual = quality(queries, (q) => got.get(q)!, want);
      const maxOf = (m: Map<string, { bytes: number }>) => [...m].reduce((a, b) => (b[1].bytes > a[1].bytes ? b : a));
      const [firstMaxQuery, firstMax] = maxOf(first);
      const [laterMaxQuery, laterMax] = maxOf(later);
      const ref = first.get(REFERENCE_QUERY)!;
      out[design] = {
        design: DESIGNS[design],
        recall: qual.recall,
        precision: qual.precision,
        firstReferenceBytes: ref.bytes,
        firstMedianBytes: median([...first.values()].map((x) => x.bytes)),
        firstMaxBytes: firstMax.bytes,
        firstMaxQuery,
        laterMedianBytes: median([...later.values()].map((x) => x.bytes)),
        laterMaxBytes: laterMax.bytes,
        laterMaxQuery,
        latencyMs: median([...later.values()].map((x) => x.ms)),
        firstLatencyMs: median([...first.values()].map((x) => x.ms)),
        firstBytesByQuery: Object.fromEntries([...first].map(([q, f]) => [q, f.bytes])),
        firstReferenceFiles: ref.files.map((f) => [f, gzipBytes(join(outDir, f))]),
        misses: qual.misses.slice(0, 20),
      };
    }
  } finally {
    await browser.close();
    await served.close();
  }
  return out;
}
