/**
 * A synthetic archive for the archive tests and `npm run bench -- --archive N`: the real issue
 * (content/source/2023-02) beside copies of it, each copy an issue of its own year and number,
 * its documents' own 文号 (临政…〔2023〕N号) moved to that year and renumbered so every 文号 stays
 * unique. Only the 文号 lines change: the text, dates and citations stay as printed in 2023-02.
 */
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { formatDocNumber, parseDocNumber } from '../../model/wenhao.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');

export interface SyntheticIssue {
  year: number;
  number: number;
}

/**
 * `count` issues, `perYear` a year, from `newest` back: numbered from 3 in each year (2023-02 is
 * the real one), so 100 issues at 12 a year fill 2023 … 2016 and four issues of 2015.
 */
export function archiveIssues(count: number, perYear = 12, newest = 2023): SyntheticIssue[] {
  return Array.from({ length: count }, (_, k) => ({ year: newest - Math.floor(k / perYear), number: 3 + (k % perYear) }));
}

/** Writes content/source under `dir`: the registry, the real issue and each of `issues`. */
export function writeArchiveSource(dir: string, issues: SyntheticIssue[]): void {
  const source = path.join(dir, 'content/source');
  mkdirSync(source, { recursive: true });
  for (const f of ['units.yaml', '2023-02.txt', '2023-02.yaml']) cpSync(path.join(ROOT, 'content/source', f), path.join(source, f));
  const text = readFileSync(path.join(ROOT, 'content/source/2023-02.txt'), 'utf8');
  for (const { year, number } of issues) {
    const id = `${year}-${String(number).padStart(2, '0')}`;
    const renumbered = text
      .split('\n')
      .map((line) => {
        const n = parseDocNumber(line);
        if (!n?.prefix.startsWith('临政') || n.year !== 2023) return line;
        return line.replace(/\S.*\S/, formatDocNumber({ ...n, year, serial: n.serial + 100 * number }));
      })
      .join('\n');
    writeFileSync(path.join(source, `${id}.txt`), renumbered);
    writeFileSync(
      path.join(source, `${id}.yaml`),
      `id: ${id}\ngazette: 临汾市人民政府公报\nyear: ${year}\nnumber: ${number}\ntitle: 临汾市人民政府公报 ${year}年第${number}期\nsource: ${id}.txt\n`,
    );
  }
}
