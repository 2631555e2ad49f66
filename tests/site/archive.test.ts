/** The issue archive over the real gazette: /issues/, the issue page, the home page, documents index and pages. */
import { beforeAll, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { ensureBuilt, DIST, ROOT } from '../support/site.ts';
import { builtPage, expectedContents, exportedDocs, optionValues, shownContents, shownYears } from './archive.ts';

beforeAll(() => ensureBuilt(), 600_000);

const page = (p: string) => builtPage(DIST, p);
const issueIds = () => readdirSync(path.join(ROOT, 'content/issues')).map((f) => f.replace(/\.md$/, ''));

describe('the issue archive of 2023 No. 2', () => {
  it('/issues/ lists every issue in content/issues under its year', () => {
    const years = shownYears(page('/issues/'));
    expect(years).toEqual([{ year: '2023', hrefs: ['/issues/2023-02/'] }]);
    expect(years.flatMap((y) => y.hrefs).sort()).toEqual(
      issueIds()
        .map((id) => `/issues/${id}/`)
        .sort(),
    );
  });

  it('the issue page lists its 14 documents in printed order under 市政府文件 (4) and 市政府办公室文件 (10), as the data implies', () => {
    const shown = shownContents(page('/issues/2023-02/'));
    expect(shown).toEqual(expectedContents(exportedDocs(DIST), '2023-02'));
    expect(shown.map((s) => s.name)).toEqual(['市政府文件（4）', '市政府办公室文件（10）']);
    expect(shown[0]!.hrefs).toEqual([
      '/documents/lzf-2023-1/',
      '/documents/lzf-2023-2/',
      '/documents/lzh-2023-4/',
      '/documents/lzh-2023-5/',
    ]);
    expect(shown[1]!.hrefs[0]).toBe('/documents/lzbf-2023-2/');
    expect(shown[1]!.hrefs.at(-1)).toBe('/documents/lzbh-2023-8/');
  });

  it('the home page is led by the latest issue’s 目录, right after the search box', () => {
    const home = page('/');
    const main = home.slice(home.indexOf('<main'));
    expect(main.indexOf('class="latest-issue"')).toBeLessThan(main.indexOf('class="stats"'));
    expect(main).toContain('<h2 id="latest">最新一期：<a href="/issues/2023-02/">临汾市人民政府公报 2023年第2期</a></h2>');
    expect(shownContents(main)).toEqual(expectedContents(exportedDocs(DIST), '2023-02'));
  });

  it('every document page names the issue that printed it, and its section, and links to the issue page', () => {
    const docs = exportedDocs(DIST);
    expect(docs).toHaveLength(14);
    for (const d of docs) {
      const issue = parseYaml(readFileSync(path.join(ROOT, 'content/issues', `${d.issue}.md`), 'utf8').split('---')[1]!);
      const section = d.issuer === '临汾市人民政府' ? '市政府文件' : '市政府办公室文件';
      expect(page(`/documents/${d.slug}/`), d.slug).toContain(
        `<dt>刊载</dt><dd><a href="/issues/${d.issue}/">${issue.title}</a> · ${section}</dd>`,
      );
    }
  });

  it('a document page gives its printed pages as a citation: 临政发〔2023〕1号 on pages 1–11, 临政办函〔2023〕4号 from page 25', () => {
    expect(page('/documents/lzf-2023-1/')).toContain('<dt>页码</dt><dd class="pages">公报2023年第2期第1–11页</dd>');
    expect(page('/documents/lzbh-2023-4/')).toContain('<dt>页码</dt><dd class="pages">公报2023年第2期第25页起</dd>');
  });

  it('the documents index offers the years, issues, 文种 and issuers of the data, and tags each entry with them', () => {
    const h = page('/documents/');
    const docs = exportedDocs(DIST);
    expect(optionValues(h, 'f-year')).toEqual(['2023']);
    expect(optionValues(h, 'f-issue')).toEqual(['2023-02']);
    expect(optionValues(h, 'f-type')).toEqual(['通知', '批复']);
    expect(optionValues(h, 'f-issuer')).toEqual(['临汾市人民政府', '临汾市人民政府办公室']);
    expect(h).toContain('<option value="批复">批复（2）</option>');
    for (const d of docs) {
      expect(h, d.slug).toContain(
        `<li data-year="2023" data-issue="${d.issue}" data-type="${d.type}" data-issuer="${d.issuer}"><a href="/documents/${d.slug}/">`,
      );
    }
  });
});
