/**
 * A scratch project holding one issue written for a test (2023-90), with the real unit registry
 * and, when given, the editor's hints file: what a new issue goes in with.
 */
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ingest, type IngestResult } from '../../scripts/ingest.ts';
import { tempDir } from './temp.ts';

const root = join(import.meta.dirname, '../..');

/** The scratch issue's id, text and hints file, relative to the project root. */
export const SCRATCH = { id: '2023-90', text: 'content/source/2023-90.txt', hints: 'content/source/2023-90.hints.yaml' };

const MANIFEST =
  'id: 2023-90\ngazette: 临汾市人民政府公报\nyear: 2023\nnumber: 90\ntitle: 临汾市人民政府公报 2023年第90期\nsource: 2023-90.txt\n';

/** Ingests `text` as issue 2023-90 beside the real unit registry, with `hints` as its hints file. */
export function ingestScratchIssue(text: string, hints?: string): IngestResult {
  const dir = tempDir('gongbao-scratch');
  mkdirSync(join(dir, 'content/source'), { recursive: true });
  cpSync(join(root, 'content/source/units.yaml'), join(dir, 'content/source/units.yaml'));
  writeFileSync(join(dir, 'content/source/2023-90.yaml'), MANIFEST);
  writeFileSync(join(dir, SCRATCH.text), text);
  if (hints !== undefined) writeFileSync(join(dir, SCRATCH.hints), hints);
  return ingest(dir);
}
