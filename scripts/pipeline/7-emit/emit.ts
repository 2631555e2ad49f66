/**
 * Stage 7, emit: writes the generated Markdown under content/ atomically. Everything is built
 * and validated in memory first; the files go to a staging folder that then replaces the
 * generated folders, so a failed run leaves the previous output untouched.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The folders under content/ that ingest owns and regenerates wholesale. */
export const GENERATED_DIRS = ['documents', 'items', 'units', 'issues'] as const;

/** Relative path under content/ → file contents. */
export type ContentFiles = Map<string, string>;

function listGenerated(contentDir: string): string[] {
  return GENERATED_DIRS.flatMap((dir) => {
    const full = join(contentDir, dir);
    return existsSync(full) ? readdirSync(full).map((f) => `${dir}/${f}`) : [];
  }).sort();
}

/** Paths of `files` whose content on disk differs (missing or changed). */
export function changedFiles(contentDir: string, files: ContentFiles): string[] {
  return [...files]
    .filter(([path, content]) => {
      const full = join(contentDir, path);
      return !existsSync(full) || readFileSync(full, 'utf8') !== content;
    })
    .map(([path]) => path)
    .sort();
}

/** Paths whose content on disk differs from `files` (missing, changed or extra). */
export function staleFiles(contentDir: string, files: ContentFiles): string[] {
  const extra = listGenerated(contentDir).filter((p) => !files.has(p));
  return [...new Set([...extra, ...changedFiles(contentDir, files)])].sort();
}

export function writeContent(contentDir: string, files: ContentFiles): void {
  const staging = join(contentDir, `.staging-${process.pid}`);
  rmSync(staging, { recursive: true, force: true });
  for (const [path, content] of files) {
    const full = join(staging, path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, content);
  }
  for (const dir of GENERATED_DIRS) {
    const target = join(contentDir, dir);
    const retired = join(staging, `.old-${dir}`);
    mkdirSync(join(staging, dir), { recursive: true });
    if (existsSync(target)) renameSync(target, retired);
    renameSync(join(staging, dir), target);
  }
  rmSync(staging, { recursive: true, force: true });
}

/** Writes `files` that are not among the generated folders (reports beside the sources), each on its own. */
export function writeFiles(contentDir: string, files: ContentFiles): void {
  for (const [path, content] of files) writeFileSync(join(contentDir, path), content);
}
