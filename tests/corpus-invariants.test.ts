/**
 * What holds of any corpus, checked on the live one (whatever issues are committed) and on the
 * live one with the fixture issues copied in beside it, as the next issue will be: the ingest
 * reports no error, an added issue changes no committed file, every document has its own URL, and
 * every link a record carries (citation, repeal, item, unit, issue) names a page of the corpus.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { ingest, type IngestResult } from '../scripts/ingest.ts';
import { GENERATED_DIRS } from '../scripts/pipeline/7-emit/emit.ts';
import { fixtureIssue, outsideTheArchive, ROOT, scratchProject } from './support/project.ts';

/** The committed generated files, path under content/ → text. */
function committedFiles(): Map<string, string> {
  return new Map(
    GENERATED_DIRS.flatMap((dir) =>
      readdirSync(join(ROOT, 'content', dir)).map((f) => [`${dir}/${f}`, readFileSync(join(ROOT, 'content', dir, f), 'utf8')] as const),
    ),
  );
}

const CORPORA: [string, () => string][] = [
  ['the live corpus', () => ROOT],
  [
    'the live corpus with the fixture issues beside it',
    () =>
      scratchProject(
        Object.fromEntries(
          ['2023-03', '2023-04', '2023-05', '2023-06', '2023-07'].map((id, k) => [`2099-0${k + 1}`, outsideTheArchive(fixtureIssue(id))]),
        ),
      ),
  ],
];

describe.each(CORPORA)('%s', (_name, root) => {
  let result: IngestResult;
  beforeAll(() => {
    result = ingest(root());
  });
  test('goes in with no error, conservation included, every issue with its documents', () => {
    expect(result.log.format(result.log.errors)).toBe('');
    for (const { issue, documents } of result.issues) expect(documents.length, issue.id).toBeGreaterThan(0);
  });

  test('leaves every committed file as it is: an issue added changes no earlier page', () => {
    for (const [path, text] of committedFiles()) expect(result.files.get(path), path).toBe(text);
  });

  test('gives every document a URL of its own, and every issue its documents in printed order', () => {
    const linked = result.issues.flatMap((i) => i.documents);
    expect(new Set(linked.map((d) => d.record.slug)).size).toBe(linked.length);
    for (const { issue, documents } of result.issues)
      expect(
        documents.map((d) => d.record.order),
        issue.id,
      ).toEqual(documents.map((_, k) => k + 1));
  });

  test('every citation, repeal, item, unit and issue a record names is a page of the corpus', () => {
    const pages = (dir: string) =>
      new Set([...result.files.keys()].filter((p) => p.startsWith(`${dir}/`)).map((p) => p.slice(dir.length + 1, -3)));
    const [documents, units, issues] = [pages('documents'), pages('units'), pages('issues')];
    for (const { record: d } of result.issues.flatMap((i) => i.documents)) {
      for (const c of [...d.citations, ...(d.repeals ?? [])]) if (c.target) expect(documents, d.slug).toContain(c.target);
      for (const u of d.units) expect(units, d.slug).toContain(u);
      expect(issues, d.slug).toContain(d.issue);
    }
    for (const i of result.issues.flatMap((issue) => issue.items)) {
      expect(documents, i.slug).toContain(i.documentSlug);
      for (const u of i.units) expect(units, i.slug).toContain(u);
    }
  });
});
