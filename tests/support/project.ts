/**
 * Scratch projects for tests that ingest a corpus: a temporary root whose content/source holds the
 * live sources (every committed issue and both registries) and any fixture issues added beside
 * them, under the ids a test chooses.
 */
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from './temp.ts';

export const ROOT = join(import.meta.dirname, '../..');
export const FIXTURE_ISSUES = join(ROOT, 'tests/fixtures/issues');

/** The text of a fixture issue, tests/fixtures/issues/<name>.txt. */
export function fixtureIssue(name: string): string {
  return readFileSync(join(FIXTURE_ISSUES, `${name}.txt`), 'utf8');
}

/** Adds an issue `id` with `text` to the project at `dir`: the text and its manifest. */
export function addIssue(dir: string, id: string, text: string): void {
  const [year, number] = id.split('-').map(Number) as [number, number];
  writeFileSync(join(dir, `content/source/${id}.txt`), text);
  writeFileSync(
    join(dir, `content/source/${id}.yaml`),
    `id: ${id}\ngazette: 临汾市人民政府公报\nyear: ${year}\nnumber: ${number}\ntitle: 临汾市人民政府公报 ${year}年第${number}期\nsource: ${id}.txt\n`,
  );
}

/** The registries of content/source: what a corpus built from fixtures alone still needs. */
const REGISTRIES = ['units.yaml', 'prefixes.yaml'];

/**
 * A scratch project holding `issues` (id → text) beside the live sources, or with `live: false`
 * beside the registries alone: a fixed corpus, whatever issues are committed.
 */
export function scratchProject(issues: Record<string, string> = {}, { live = true } = {}): string {
  const dir = tempDir('gongbao');
  mkdirSync(join(dir, 'content/source'), { recursive: true });
  if (live) cpSync(join(ROOT, 'content/source'), join(dir, 'content/source'), { recursive: true });
  else for (const file of REGISTRIES) cpSync(join(ROOT, 'content/source', file), join(dir, 'content/source', file));
  for (const [id, text] of Object.entries(issues)) addIssue(dir, id, text);
  return dir;
}

/**
 * A fixture issue's text with every 文号 moved where no real issue's can be, so that it can stand
 * beside any live corpus: the year in 〔〕 becomes 2099, and a 第N号 (an order's number, and its
 * citations) 第900N号. Nothing else changes; citations inside the issue still find their target.
 */
export function outsideTheArchive(text: string): string {
  return text
    .replace(/〔(\s*)\d{4}(\s*)〕/g, '〔$12099$2〕')
    .replace(/第(\s*)(\d{1,3})(\s*)号/g, (_, a, n, b) => `第${a}${9000 + Number(n)}${b}号`);
}
