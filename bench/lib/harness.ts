/** Bundle the browser side of the search bench (bench/client/) into <outDir>/bench/, with a page to load it. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { ROOT } from './corpus.ts';

export async function writeHarness(outDir: string): Promise<void> {
  const dir = join(outDir, 'bench');
  mkdirSync(dir, { recursive: true });
  await build({
    entryPoints: [join(ROOT, 'bench/client/harness.ts')],
    bundle: true,
    splitting: true, // each design a chunk of its own, loaded on its first search
    format: 'esm',
    minify: true,
    target: 'es2022',
    outdir: dir,
    logLevel: 'error',
  });
  writeFileSync(
    join(dir, 'index.html'),
    '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>search bench</title><script type="module" src="/bench/harness.js"></script></head><body></body></html>\n',
  );
}
