/** CSV text → rows of cells (quoted cells may hold commas, quotes and newlines). */
export function csvRows(text: string): string[][] {
  const rows: string[][] = [[]];
  for (const m of text.replace(/^\uFEFF/, '').matchAll(/("(?:[^"]|"")*"|[^,\r\n]*)(,|\r?\n|$)/g)) {
    if (m[0] === '') break;
    rows.at(-1)!.push(m[1]!.startsWith('"') ? m[1]!.slice(1, -1).replace(/""/g, '"') : m[1]!);
    if (m[2] && m[2] !== ',') rows.push([]);
  }
  return rows.filter((r) => r.length > 1);
}
