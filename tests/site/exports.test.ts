/**
 * Open-data exports by year (issue 17): /data/<year>/ holds each year's documents and items, the
 * whole-archive files stay where they were published, /data/index.json lists every file with its
 * year, record count and bytes, and a gzip copy of each whole-archive file holds the same bytes.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { ensureBuilt, DIST, ROOT } from '../support/site.ts';
import { csvRows } from '../support/csv-rows.ts';
import { committedIssues } from './archive.ts';
import { dataFiles, exportIndex } from './exports.ts';

beforeAll(() => ensureBuilt(), 600_000);

const file = (p: string) => readFileSync(path.join(DIST, p));
const json = <T>(p: string): T[] => JSON.parse(file(p).toString('utf8'));
const yearOfIssue = new Map(committedIssues(ROOT).map((i) => [i.id, i.year]));
const years = [...new Set(yearOfIssue.values())].sort((a, b) => b - a);
type Keyed = { slug: string; issue?: string; documentSlug?: string };

describe('the open-data exports', () => {
  it('/data/index.json lists every file under /data/ but itself and the download page, and every gzip copy', () => {
    const index = exportIndex(DIST);
    const listed = [...index.files.map((f) => f.path), ...index.compressed.map((c) => c.path), '/data/index.json', '/data/index.html'];
    expect(listed.sort()).toEqual(dataFiles(DIST));
    expect(index.compressed.map((c) => c.of).sort()).toEqual([
      '/data/documents.json',
      '/data/items.csv',
      '/data/items.json',
      '/data/units.json',
    ]);
  });

  it('the whole-archive files are listed without a year, and each year of the issues has its documents.json, items.json and items.csv', () => {
    const index = exportIndex(DIST);
    expect(index.files.filter((f) => f.year === null).map((f) => f.path)).toEqual([
      '/data/documents.json',
      '/data/items.json',
      '/data/items.csv',
      '/data/units.json',
    ]);
    expect(index.files.filter((f) => f.year !== null).map((f) => [f.year, f.path])).toEqual(
      years.flatMap((y) => ['documents.json', 'items.json', 'items.csv'].map((name) => [y, `/data/${y}/${name}`])),
    );
  });

  it('/data/index.json lists each unit’s and county’s task list of each year with its record count', () => {
    const { tasks } = exportIndex(DIST);
    const finance = tasks.find((t) => t.path === '/units/finance/tasks.csv')!;
    expect(finance).toMatchObject({ unit: '市财政局', year: 2023 });
    for (const t of tasks) expect(csvRows(file(t.path).toString('utf8')).length - 1, t.path).toBe(t.records);
    expect(tasks.filter((t) => t.path.startsWith('/counties/')).length).toBeGreaterThan(0);
    expect(new Set(tasks.map((t) => t.path)).size).toBe(tasks.length);
  });

  it('every listed file has the bytes and record count the index gives', () => {
    for (const f of exportIndex(DIST).files) {
      const body = file(f.path);
      expect(body.length, f.path).toBe(f.bytes);
      const records = f.path.endsWith('.csv') ? csvRows(body.toString('utf8')).length - 1 : JSON.parse(body.toString('utf8')).length;
      expect(records, f.path).toBe(f.records);
      expect(f.url, f.path).toBe(new URL(f.path, f.url).href);
    }
  });

  it('a year’s documents.json and items.json hold exactly the whole archive’s records of that year’s issues, in the same order and form', () => {
    const docs = json<Keyed & { issue: string }>('data/documents.json');
    const items = json<Keyed & { documentSlug: string }>('data/items.json');
    const docYear = new Map(docs.map((d) => [d.slug, yearOfIssue.get(d.issue)]));
    for (const y of years) {
      expect(json(`data/${y}/documents.json`), String(y)).toEqual(docs.filter((d) => yearOfIssue.get(d.issue) === y));
      expect(json(`data/${y}/items.json`), String(y)).toEqual(items.filter((i) => docYear.get(i.documentSlug) === y));
    }
    expect(years.reduce((n, y) => n + json(`data/${y}/documents.json`).length, 0)).toBe(docs.length);
  });

  it('a year’s items.csv holds the header and the whole archive’s lines of that year’s items', () => {
    const [header, ...rows] = csvRows(file('data/items.csv').toString('utf8'));
    const items = json<{ url: string; documentSlug: string; issue?: string }>('data/items.json');
    const docs = json<{ slug: string; issue: string }>('data/documents.json');
    const docYear = new Map(docs.map((d) => [d.slug, yearOfIssue.get(d.issue)]));
    const yearOfUrl = new Map(items.map((i) => [i.url, docYear.get(i.documentSlug)]));
    const urlColumn = header!.indexOf('url');
    for (const y of years)
      expect(csvRows(file(`data/${y}/items.csv`).toString('utf8')), String(y)).toEqual([
        header,
        ...rows.filter((r) => yearOfUrl.get(r[urlColumn]!) === y),
      ]);
  });

  it('each gzip copy decompresses to the very bytes of the file it names', () => {
    for (const c of exportIndex(DIST).compressed) expect(gunzipSync(file(c.path)).equals(file(c.of)), c.path).toBe(true);
  });
});
