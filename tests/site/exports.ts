/** Reading the open-data exports of a built site: /data/index.json and the files it lists. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export interface ExportEntry {
  path: string;
  url: string;
  year: number | null;
  records: number;
  bytes: number;
}
export interface ExportIndex {
  files: ExportEntry[];
  compressed: { path: string; url: string; encoding: string; of: string }[];
  tasks: { path: string; url: string; unit: string; year: number; records: number }[];
}

export const exportIndex = (dist: string): ExportIndex => JSON.parse(readFileSync(path.join(dist, 'data/index.json'), 'utf8'));

/** Every file under dist/data/, as a site path (/data/2023/items.csv). */
export function dataFiles(dist: string): string[] {
  return readdirSync(path.join(dist, 'data'), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => '/' + path.relative(dist, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort();
}
