/**
 * The issue archive over the committed corpus: /issues/, the issue pages, the home page, the
 * documents index and pages. Which issues exist, which is latest and how many documents they hold
 * come from content/, so the tests hold for any corpus; 2023 No. 2 is checked by its id.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { ensureBuilt, DIST, ROOT } from '../support/site.ts';
import {
  builtPage,
  committedIssues,
  expectedContents,
  exportedDocs,
  optionValues,
  shownContents,
  shownYears,
  yearBarLinks,
} from './archive.ts';
import { kindRank } from '../../model/kinds.ts';
import { printedPagesLabel, UNSECTIONED } from '../../model/contents.ts';

beforeAll(() => ensureBuilt(), 600_000);

const page = (p: string) => builtPage(DIST, p);
/** Every committed issue, in publication order. */
const issues = committedIssues(ROOT);
const newestFirst = [...issues].reverse();

describe('the issue archive', () => {
  it('/issues/ lists every issue in content/issues under its year, newest year and issue first', () => {
    const years = [...new Set(newestFirst.map((i) => String(i.year)))];
    expect(shownYears(page('/issues/'))).toEqual(
      years.map((year) => ({ year, hrefs: newestFirst.filter((i) => String(i.year) === year).map((i) => `/issues/${i.id}/`) })),
    );
  });

  it('every issue page lists its documents in printed order, under the sections the data implies', () => {
    const docs = exportedDocs(DIST);
    for (const { id } of issues) expect(shownContents(page(`/issues/${id}/`)), id).toEqual(expectedContents(docs, id));
  });

  it('the page of 2023 No. 2 lists its 14 documents under 市政府文件 (4) and 市政府办公室文件 (10)', () => {
    const shown = shownContents(page('/issues/2023-02/'));
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
    const latest = issues.at(-1)!;
    const home = page('/');
    const main = home.slice(home.indexOf('<main'));
    expect(main.indexOf('class="latest-issue"')).toBeLessThan(main.indexOf('class="stats"'));
    expect(main).toContain(`<h2 id="latest">最新一期：<a href="/issues/${latest.id}/">${latest.title}</a></h2>`);
    expect(shownContents(main)).toEqual(expectedContents(exportedDocs(DIST), latest.id));
  });

  it('every document page names the issue that printed it, and its section, and links to the issue page', () => {
    const docs = exportedDocs(DIST);
    expect(docs).toHaveLength(readdirSync(path.join(ROOT, 'content/documents')).length);
    const titles = new Map(issues.map((i) => [i.id, i.title]));
    for (const d of docs) {
      const section = d.section ?? UNSECTIONED;
      expect(page(`/documents/${d.slug}/`), d.slug).toContain(
        `<dt>刊载</dt><dd><a href="/issues/${d.issue}/">${titles.get(d.issue)}</a> · ${section}</dd>`,
      );
    }
  });

  it('a document page whose record holds its printed pages cites them (公报2023年第2期第5页); one without has no 页码 row', () => {
    const byId = new Map(issues.map((i) => [i.id, i]));
    for (const d of exportedDocs(DIST)) {
      const html = page(`/documents/${d.slug}/`);
      if (d.pages) expect(html, d.slug).toContain(`<dt>页码</dt><dd>${printedPagesLabel(byId.get(d.issue)!, d.pages)}</dd>`);
      else expect(html, d.slug).not.toContain('<dt>页码</dt>');
    }
  });

  it('/issues/ opens with a jump to each year’s heading when the archive spans years', () => {
    const years = [...new Set(newestFirst.map((i) => i.year))];
    expect(yearBarLinks(page('/issues/'))).toEqual(years.length > 1 ? years.map((y) => ({ label: `${y}年`, href: `#y${y}` })) : []);
  });

  it('the documents index shows one year a page, newest at /documents/, with the issues, 文种 and issuers of that year, each entry tagged with them', () => {
    const docs = exportedDocs(DIST);
    const years = [...new Set(newestFirst.map((i) => i.year))];
    const yearPath = (y: number) => (y === years[0] ? '/documents/' : `/documents/years/${y}/`);
    for (const year of years) {
      const h = page(yearPath(year));
      const yearIssues = newestFirst.filter((i) => i.year === year);
      const yearDocs = docs.filter((d) => yearIssues.some((i) => i.id === d.issue));
      expect(h, String(year)).toContain(`<h1>文件 <small>${year}年</small></h1>`);
      expect(yearBarLinks(h)).toEqual(
        years.length > 1 ? years.map((y) => ({ label: `${y}年`, href: y === year ? null : yearPath(y) })) : [],
      );
      expect(optionValues(h, 'f-year')).toEqual([]);
      expect(optionValues(h, 'f-issue')).toEqual(yearIssues.map((i) => i.id));
      const types = [...new Set(yearDocs.map((d) => d.type))];
      expect(optionValues(h, 'f-type')).toEqual(types.sort((a, b) => kindRank(a) - kindRank(b) || a.localeCompare(b, 'zh')));
      // issuers in the order the year's issues first print them
      const printOrder = [...yearDocs].sort(
        (a, b) => issues.findIndex((i) => i.id === a.issue) - issues.findIndex((i) => i.id === b.issue) || a.order - b.order,
      );
      expect(optionValues(h, 'f-issuer')).toEqual([...new Set(printOrder.map((d) => d.issuer))]);
      for (const type of types)
        expect(h).toContain(`<option value="${type}">${type}（${yearDocs.filter((d) => d.type === type).length}）</option>`);
      expect(h.match(/<li data-issue=/g) ?? []).toHaveLength(yearDocs.length);
      for (const d of yearDocs) {
        expect(h, d.slug).toContain(
          `<li data-issue="${d.issue}" data-type="${d.type}" data-issuer="${d.issuer}"><a href="/documents/${d.slug}/">`,
        );
      }
    }
  });
});
