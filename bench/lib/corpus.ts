/** Source corpora for the bench: the real issue, or N synthetic issues made from it, in a scratch root. */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatDocNumber, parseDocNumber } from '../../model/wenhao.ts';
import { GAZETTE } from '../../model/gazette.ts';

export const ROOT = join(import.meta.dirname, '../..');

/** Scratch directories made in this run, removed by `removeScratch`. */
const made: string[] = [];
export function scratchDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}
export function removeScratch(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** A scratch corpus of `copies` issues made from the real one, 文号 renumbered so each is unique. */
export function syntheticCorpus(copies: number): string {
  const dir = scratchDir(`gongbao-bench-${copies}-`);
  mkdirSync(join(dir, 'content/source'), { recursive: true });
  cpSync(join(ROOT, 'content/source/units.yaml'), join(dir, 'content/source/units.yaml'));
  const text = readFileSync(join(ROOT, 'content/source/2023-02.txt'), 'utf8');
  for (let k = 0; k < copies; k += 1) {
    const id = `2023-${String(k + 1).padStart(3, '0')}`;
    // Renumber only the documents' own 文号 lines (临政…〔2023〕N号), so citations stay external.
    const renumbered = text
      .split('\n')
      .map((line) => {
        const number = parseDocNumber(line);
        if (!number?.prefix.startsWith('临政') || number.year !== 2023) return line;
        return line.replace(/\S.*\S/, formatDocNumber({ ...number, serial: number.serial + 100 * k }));
      })
      .join('\n');
    writeFileSync(join(dir, `content/source/${id}.txt`), renumbered);
    writeFileSync(
      join(dir, `content/source/${id}.yaml`),
      `id: ${id}\ngazette: ${GAZETTE.name}\nyear: 2023\nnumber: ${k + 1}\ntitle: ${GAZETTE.name} synthetic ${k + 1}\nsource: ${id}.txt\n`,
    );
  }
  return dir;
}

/** A scratch root holding a copy of the real source (content/source), not yet ingested. */
export function realCorpus(): string {
  const dir = scratchDir('gongbao-bench-real-');
  cpSync(join(ROOT, 'content/source'), join(dir, 'content/source'), { recursive: true });
  return dir;
}

/** Ingest `root`/content/source into `root`/content with the project's ingest CLI. */
export function ingestCli(root: string): void {
  execFileSync('npm', ['run', '-s', 'ingest', '--', `--root=${root}`], { cwd: ROOT, stdio: 'pipe' });
}
