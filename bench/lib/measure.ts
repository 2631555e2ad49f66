/** Timing and byte counting shared by the bench stages. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export const RUNS = 5;

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** Median wall time of `runs` calls of `fn`, in ms. */
export function time(fn: () => void, runs = RUNS): number {
  return median(
    Array.from({ length: runs }, () => {
      const start = performance.now();
      fn();
      return performance.now() - start;
    }),
  );
}

/** Total size of the files under `dir` (optionally only those `filter` accepts), in bytes. */
export function dirSize(dir: string, filter: (f: string) => boolean = () => true): number {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    const full = join(entry.parentPath, entry.name);
    if (entry.isFile() && filter(full)) total += statSync(full).size;
  }
  return total;
}

/**
 * Bytes a server with gzip would send for a file: its gzip size, or its size as is when it is
 * already gzip (Pagefind's index, fragments and wasm are).
 */
export function gzipBytes(file: string): number {
  const buf = readFileSync(file);
  return buf[0] === 0x1f && buf[1] === 0x8b ? buf.length : gzipSync(buf).length;
}
