/**
 * Permalinks that never move: a document's URL comes from the code its 文号 prefix holds in
 * content/source/prefixes.yaml, given once, so adding issues — later ones, or older ones filling
 * the archive backwards, in any order — moves no published URL and hands none to another document.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { parse as parseYaml } from 'yaml';
import { beforeAll, describe, expect, test } from 'vitest';
import { ingest, type IngestResult } from '../scripts/ingest.ts';
import { IngestError } from '../scripts/lib/messages.ts';
import { PrefixRegistry, withEntries } from '../model/prefixes.ts';
import { parseDocNumber } from '../model/wenhao.ts';
import { addIssue, fixtureIssue, outsideTheArchive, ROOT, scratchProject } from './support/project.ts';

/** 文号 → slug of every document a run emits (a 政策解读, which has no 文号, by its slug). */
function urls(result: IngestResult): Map<string, string> {
  const documents = result.issues.flatMap((i) => i.documents.map((d) => [d.record.number ?? d.record.slug, d.record.slug] as const));
  return new Map(documents.sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** 文号 (or, without one, the slug) → slug of every committed document page, content/documents/<slug>.md. */
function committedUrls(): Map<string, string> {
  const dir = join(ROOT, 'content/documents');
  return new Map(
    readdirSync(dir).map((file) => {
      const { number, slug } = parseYaml(readFileSync(join(dir, file), 'utf8').split(/^---$/m)[1]!) as { number?: string; slug: string };
      expect(file).toBe(`${slug}.md`);
      return [number ?? slug, slug] as const; // a 政策解读 has no 文号: keyed by its URL
    }),
  );
}

/** Ingests `dir` and writes the prefixes it gave into its registry, as `npm run ingest` does. */
function ingestAndRecord(dir: string): IngestResult {
  const result = ingest(dir);
  expect(result.log.format(result.log.errors)).toBe('');
  const file = join(dir, 'content/source/prefixes.yaml');
  writeFileSync(file, withEntries(readFileSync(file, 'utf8'), result.newPrefixes));
  return result;
}

test('a fresh ingest of the committed sources gives every committed document its URL, and the registry lacks no prefix', () => {
  const result = ingest(ROOT);
  const fresh = urls(result);
  for (const [number, slug] of committedUrls()) expect(fresh.get(number), number).toBe(slug);
  expect(result.newPrefixes).toEqual([]);
});

describe('backfilling an older issue', () => {
  let result: IngestResult;
  let after: Map<string, string>;
  beforeAll(() => {
    // The fixture issue 2023-03 holds a 批复 numbered 临政复〔…〕1号, whose initials (lzf) 临政发 holds;
    // its 文号 are moved out of the archive's (〔2099〕) so that no committed issue can hold them too.
    result = ingest(scratchProject({ '2000-01': outsideTheArchive(fixtureIssue('2023-03')) }));
    after = urls(result);
  });

  test('moves no published URL', () => {
    expect(result.log.format(result.log.errors)).toBe('');
    for (const [number, slug] of committedUrls()) expect(after.get(number), number).toBe(slug);
  });

  test('hands no published URL to another document: a new prefix whose initials are held is spelled out', () => {
    const published = new Set(committedUrls().values());
    const added = [...after].filter(([number]) => !committedUrls().has(number));
    expect(added.filter(([, slug]) => published.has(slug))).toEqual([]);
    const code = PrefixRegistry.load(join(ROOT, 'content/source/prefixes.yaml')).code('临政复') ?? 'linzhengfu';
    expect(after.get('临政复〔2099〕1号')).toBe(`${code}-2099-1`);
  });

  test('each prefix met for the first time is reported with the code its documents took', () => {
    const committed = PrefixRegistry.load(join(ROOT, 'content/source/prefixes.yaml'));
    const prefixOf = (key: string) => parseDocNumber(key)?.prefix; // undefined for a 政策解读, keyed by its slug
    const unseen = [...new Set([...after.keys()].map(prefixOf))].filter(
      (p): p is string => p !== undefined && committed.code(p) === undefined,
    );
    expect(result.newPrefixes.map((e) => e.prefix).sort()).toEqual(unseen.sort());
    for (const { prefix, code } of result.newPrefixes)
      for (const [number, slug] of after) if (prefixOf(number) === prefix) expect(slug, number).toMatch(new RegExp(`^${code}-`));
  });
});

test('issues added in any order, in one run or one by one, give every document the same URL', () => {
  const [three, four] = [fixtureIssue('2023-03'), fixtureIssue('2023-04')];
  const fixed = { live: false }; // a corpus of the fixture issues alone
  const together = urls(ingest(scratchProject({ '2023-03': three, '2023-04': four }, fixed)));
  const swapped = urls(ingest(scratchProject({ '2023-04': three, '2023-03': four }, fixed)));
  const backwards = scratchProject({ '2023-04': four }, fixed);
  const first = urls(ingestAndRecord(backwards));
  addIssue(backwards, '2023-01', three);
  const then = urls(ingestAndRecord(backwards));
  expect(swapped).toEqual(together);
  expect(then).toEqual(together);
  for (const [number, slug] of first) expect(then.get(number), number).toBe(slug);
});

test('npm run ingest writes a new prefix into the registry and says so; --check fails until it is there', () => {
  const dir = scratchProject({ '2023-04': fixtureIssue('2023-04') }, { live: false });
  const run = (...args: string[]) =>
    spawnSync(process.execPath, [join(ROOT, 'scripts/ingest.ts'), `--root=${dir}`, ...args], { encoding: 'utf8' });
  const registry = join(dir, 'content/source/prefixes.yaml');
  const before = '# a registry that knows the notice’s prefix, not the order’s\n临政办发: lzbf\n';
  writeFileSync(registry, before);
  const stale = run('--check');
  expect([stale.status, stale.stderr]).toEqual([1, expect.stringContaining('lacks the 文号 prefixes 临汾市人民政府令 → lfsrmzfl')]);
  const ingested = run();
  expect(ingested.status).toBe(0);
  expect(ingested.stdout).toContain('new 文号 prefixes, written to content/source/prefixes.yaml');
  expect(readFileSync(registry, 'utf8')).toBe(`${before}临汾市人民政府令: lfsrmzfl\n`);
  expect(run('--check').status).toBe(0);
}, 30_000); // three runs of the CLI: time enough on a loaded machine

test('a malformed prefix registry stops the ingest at its line, before any issue is read', () => {
  const dir = scratchProject({}, { live: false });
  writeFileSync(join(dir, 'content/source/prefixes.yaml'), '# codes\n临政发: lzf\n临政复: lzf\n');
  expect(() => ingest(dir)).toThrow(IngestError);
  try {
    ingest(dir);
  } catch (error) {
    expect(String(error)).toBe('content/source/prefixes.yaml:3: code lzf is listed for both 临政发 and 临政复 [prefix-registry]');
  }
});
