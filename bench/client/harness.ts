/**
 * Browser side of the search bench (bundled by bench/lib/harness.ts into <outDir>/bench/). Each
 * design is a chunk loaded on its first search, so what the first search downloads includes the
 * design's own code. `window.bench.search` times one query from the call until the ranked list
 * and the first `n` results' titles and excerpts are ready; `window.bench.all` lists every result.
 */
export interface Top {
  url: string;
  title: string;
  excerpt: string;
}
export interface Design {
  search: (q: string, n: number) => Promise<{ count: number; top: Top[] }>;
  all: (q: string) => Promise<string[]>;
}

const designs: Record<string, () => Promise<{ load: () => Promise<Design> }>> = {
  pagefind: () => import('./pagefind.ts'),
  minisearch: () => import('./minisearch.ts'),
  scan: () => import('./scan.ts'),
};

const design = async (name: string) => (await designs[name]!()).load();

declare global {
  interface Window {
    bench: {
      search: (name: string, q: string, n?: number) => Promise<{ ms: number; count: number; top: Top[] }>;
      all: (name: string, q: string) => Promise<string[]>;
    };
  }
}

window.bench = {
  async search(name, q, n = 10) {
    const start = performance.now();
    const r = await (await design(name)).search(q, n);
    return { ms: performance.now() - start, ...r };
  },
  async all(name, q) {
    return (await design(name)).all(q);
  },
};
