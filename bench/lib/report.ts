/** Plain-text tables for the bench's output. */

/** Columns padded to their widest cell; the first row is the header when `header` is set. */
export function table(rows: string[][], header = false): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => [...(r[i] ?? '')].length)));
  const line = (r: string[]) =>
    r
      .map((c, i) => c + ' '.repeat(widths[i]! - [...c].length))
      .join('  ')
      .trimEnd();
  const out = rows.map(line);
  if (header) out.splice(1, 0, widths.map((w) => '-'.repeat(w)).join('  '));
  return out.join('\n');
}

/** kilobytes of 1000 bytes, as the targets are stated */
export const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;
export const ms = (t: number) => (t >= 10_000 ? `${(t / 1000).toFixed(1)} s` : `${t.toFixed(0)} ms`);
export const ratio = (x: number) => x.toFixed(3).replace(/\.?0+$/, '');
