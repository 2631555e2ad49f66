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
import { builtPage, expectedContents, exportedDocs, optionValues, shownContents, shownYears, type ExportedDoc } from '../site/archive.ts';
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

  it('the documents index offers both years and issues, newest first, and the third issuer last', () => {
    const h = builtPage(dist, '/documents/');
    expect(optionValues(h, 'f-year')).toEqual(['2024', '2023']);
    expect(optionValues(h, 'f-issue')).toEqual(['2024-01', '2023-02']);
    expect(optionValues(h, 'f-issuer')).toEqual(['临汾市人民政府', '临汾市人民政府办公室', OTHER_ISSUER]);
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

  it('filtering by year, then issue, shows exactly the documents the data lists, and an issue left empty disappears', async () => {
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
    expect(await shownIssues()).toEqual(['/issues/2024-01/']);
    await page.selectOption('#f-year', '');
    await page.selectOption('#f-issue', '2023-02');
    await page.selectOption('#f-type', '批复');
    expect(await visible()).toEqual(slugs((d) => d.issue === '2023-02' && d.type === '批复'));
    expect(await shownIssues()).toEqual(['/issues/2023-02/']);
    await page.selectOption('#f-year', '2024');
    expect(await visible()).toEqual([]);
    expect(await shownIssues()).toEqual([]);
    expect(await page.textContent('#docs-count')).toMatch(/^共0件（筛选：年份：2024年；期次：.+；文种：批复；全部28件）$/);
    expect(s.consoleErrors).toEqual([]);
    expect(s.failed).toEqual([]);
  });
});
