/**
 * A second gazette issue, made from a copy of the real one under the id 2024-01 (文号 renumbered
 * as the bench's synthetic corpora do, one document re-signed by another organ), ingested and built beside 2023-02: the archive is derived from the data, so the new issue
 * appears under its year, leads the home page, gets its own 目录 and filter entries.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ROOT, TEST_SITE_URL } from '../support/site.ts';
import {
  builtPage,
  expectedContents,
  exportedDocs,
  optionValues,
  shownContents,
  shownYears,
  yearBarLinks,
  type ExportedDoc,
} from '../site/archive.ts';
import { open, SKIP_BROWSER, type Session } from '../support/browser.ts';

const OTHER_ISSUER = '临汾市安全生产委员会办公室';
let work: string;
let dist: string;
let docs: ExportedDoc[];

/**
 * The real issue's text as another issue: every document's 文号 moved up by 100 so slugs stay
 * unique, and the last document (临政办函〔2023〕8号) signed by OTHER_ISSUER, header and signature.
 */
function secondIssue(text: string): string {
  const lines = text.split('\n');
  const numberLine = lines.findIndex((l) => /临政办函〔2023〕8\s*号/.test(l));
  const isIssuer = (l: string) => /^\s*临汾市人民政府办公室\s*$/.test(l);
  let header = numberLine;
  while (!isIssuer(lines[header]!)) header -= 1;
  const resigned = lines.map((l, i) =>
    i === header || (i > numberLine && isIssuer(l)) ? l.replace('临汾市人民政府办公室', OTHER_ISSUER) : l,
  );
  return resigned
    .join('\n')
    .replace(
      /^(\s*临政[办]?[发函]〔2023〕)(\d+)( ?号\s*)$/gm,
      (_m, head: string, n: string, tail: string) => `${head}${Number(n) + 100}${tail}`,
    );
}

beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), 'gongbao-two-issues-'));
  const source = path.join(work, 'content/source');
  mkdirSync(source, { recursive: true });
  for (const f of ['units.yaml', '2023-02.yaml', '2023-02.txt']) cpSync(path.join(ROOT, 'content/source', f), path.join(source, f));
  writeFileSync(path.join(source, '2024-01.txt'), secondIssue(readFileSync(path.join(ROOT, 'content/source/2023-02.txt'), 'utf8')));
  writeFileSync(
    path.join(source, '2024-01.yaml'),
    'id: 2024-01\ngazette: 临汾市人民政府公报\nyear: 2024\nnumber: 1\ntitle: 临汾市人民政府公报 2024年第1期\nsource: 2024-01.txt\n',
  );
  const ingest = spawnSync(process.execPath, [path.join(ROOT, 'scripts/ingest.ts'), `--root=${work}`], { encoding: 'utf8' });
  if (ingest.status !== 0) throw new Error(`ingest of the two-issue corpus failed:\n${ingest.stderr}`);
  dist = path.join(work, 'dist');
  execFileSync('npx', ['astro', 'build', '--outDir', dist], {
    cwd: ROOT,
    stdio: 'pipe',
    env: { ...process.env, CONTENT_DIR: path.join(work, 'content'), BASE_PATH: '', SITE_URL: TEST_SITE_URL },
  });
  docs = exportedDocs(dist);
}, 240_000);
afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('two issues, ingested and built', () => {
  it('/issues/ shows 2024 above 2023, each year with its issue', () => {
    expect(shownYears(builtPage(dist, '/issues/'))).toEqual([
      { year: '2024', hrefs: ['/issues/2024-01/'] },
      { year: '2023', hrefs: ['/issues/2023-02/'] },
    ]);
  });

  it('each issue page lists its own documents in printed order by section; the re-signed document stays under the section its running heads name', () => {
    expect(docs).toHaveLength(28);
    for (const id of ['2023-02', '2024-01'])
      expect(shownContents(builtPage(dist, `/issues/${id}/`)), id).toEqual(expectedContents(docs, id));
    const second = shownContents(builtPage(dist, '/issues/2024-01/'));
    expect(second.map((s) => s.name)).toEqual(['市政府文件（4）', '市政府办公室文件（10）']);
    expect(second[0]!.hrefs[0]).toBe('/documents/lzf-2023-101/');
    expect(second[1]!.hrefs.at(-1)).toBe('/documents/lzbh-2023-108/');
    expect(docs.find((d) => d.slug === 'lzbh-2023-108')!.issuer).toBe(OTHER_ISSUER);
  });

  it('the issue pages link to each other, older ← → newer', () => {
    expect(builtPage(dist, '/issues/2023-02/')).toMatch(/<a rel="next" href="\/issues\/2024-01\/">\s*2024年第1期 →\s*<\/a>/);
    expect(builtPage(dist, '/issues/2024-01/')).toMatch(/<a rel="prev" href="\/issues\/2023-02\/">\s*← 2023年第2期\s*<\/a>/);
  });

  it('the home page is led by 2024 No. 1 and lists none of 2023 No. 2', () => {
    const home = builtPage(dist, '/');
    expect(home).toContain('<h2 id="latest">最新一期：<a href="/issues/2024-01/">临汾市人民政府公报 2024年第1期</a></h2>');
    expect(shownContents(home)).toEqual(expectedContents(docs, '2024-01'));
  });

  it('every document page links the issue that printed it', () => {
    for (const d of docs)
      expect(builtPage(dist, `/documents/${d.slug}/`), d.slug).toContain(`<dt>刊载</dt><dd><a href="/issues/${d.issue}/">`);
  });

  it('the documents index shows 2024 at /documents/ and 2023 at /documents/years/2023/, each with its own issues and a year bar to the other', () => {
    const newest = builtPage(dist, '/documents/');
    expect(yearBarLinks(newest)).toEqual([
      { label: '2024年', href: null },
      { label: '2023年', href: '/documents/years/2023/' },
    ]);
    expect(optionValues(newest, 'f-issue')).toEqual(['2024-01']);
    expect(optionValues(newest, 'f-issuer')).toEqual(['临汾市人民政府', '临汾市人民政府办公室', OTHER_ISSUER]);
    const earlier = builtPage(dist, '/documents/years/2023/');
    expect(yearBarLinks(earlier)).toEqual([
      { label: '2024年', href: '/documents/' },
      { label: '2023年', href: null },
    ]);
    expect(optionValues(earlier, 'f-issue')).toEqual(['2023-02']);
    expect(optionValues(earlier, 'f-issuer')).toEqual(['临汾市人民政府', '临汾市人民政府办公室']);
  });

  it('the exports are cut by year: /data/2024/ holds the documents of 2024-01, /data/2023/ those of 2023-02, and the index counts them', () => {
    const read = (p: string) => JSON.parse(readFileSync(path.join(dist, p), 'utf8'));
    const of = (issue: string) => docs.filter((d) => d.issue === issue).map((d) => d.slug);
    expect(read('data/2024/documents.json').map((d: ExportedDoc) => d.slug)).toEqual(of('2024-01'));
    expect(read('data/2023/documents.json').map((d: ExportedDoc) => d.slug)).toEqual(of('2023-02'));
    const counts = read('data/index.json').files.filter((f: { path: string }) => f.path.endsWith('documents.json'));
    expect(counts.map((f: { path: string; year: number | null; records: number }) => [f.path, f.year, f.records])).toEqual([
      ['/data/documents.json', null, docs.length],
      ['/data/2024/documents.json', 2024, of('2024-01').length],
      ['/data/2023/documents.json', 2023, of('2023-02').length],
    ]);
  });

  it('/issues/ jumps to each year, and an issue page filters the documents index of its own year', () => {
    expect(yearBarLinks(builtPage(dist, '/issues/'))).toEqual([
      { label: '2024年', href: '#y2024' },
      { label: '2023年', href: '#y2023' },
    ]);
    expect(builtPage(dist, '/issues/2023-02/')).toContain('<a href="/documents/years/2023/?issue=2023-02">');
  });
});

describe.skipIf(SKIP_BROWSER)('the documents index of two issues in Chromium', { timeout: 60_000 }, () => {
  let s: Session;
  beforeAll(async () => {
    s = await open(undefined, dist);
  }, 60_000);
  afterAll(async () => {
    await s?.close();
  });

  it('a link to a year (?year=) or an issue of another year opens that year’s page, whose filters work within it', async () => {
    const page = s.page;
    const visible = () =>
      page.$$eval('#doc-groups li:not([hidden]) a', (as) => as.map((a) => a.getAttribute('href')!.split('/')[2]!).sort());
    const shownIssues = () => page.$$eval('#doc-groups .doc-group:not([hidden]) h2 a', (as) => as.map((a) => a.getAttribute('href')));
    const slugs = (keep: (d: ExportedDoc) => boolean) =>
      docs
        .filter(keep)
        .map((d) => d.slug)
        .sort();
    await page.goto(`${s.origin}/documents/?year=2024`);
    expect(await visible()).toEqual(slugs((d) => d.issue === '2024-01'));
    await page.goto(`${s.origin}/documents/?year=2023&type=${encodeURIComponent('批复')}`);
    await page.waitForURL('**/documents/years/2023/**');
    expect(new URL(page.url()).pathname).toBe('/documents/years/2023/');
    expect(await visible()).toEqual(slugs((d) => d.issue === '2023-02' && d.type === '批复'));
    expect(await page.textContent('#docs-count')).toMatch(/^共\d+件（筛选：文种：批复；全部14件）$/);
    await page.goto(`${s.origin}/documents/?issue=2023-02`);
    await page.waitForURL('**/documents/years/2023/?issue=2023-02');
    expect(await shownIssues()).toEqual(['/issues/2023-02/']);
    await page.selectOption('#f-issue', '');
    await Promise.all([page.waitForURL('**/documents/'), page.click('.year-bar a[href="/documents/"]')]);
    await page.selectOption('#f-issuer', OTHER_ISSUER);
    expect(await visible()).toEqual(slugs((d) => d.issuer === OTHER_ISSUER));
    expect(await shownIssues()).toEqual(['/issues/2024-01/']);
    expect(s.consoleErrors).toEqual([]);
    expect(s.failed).toEqual([]);
  });
});
