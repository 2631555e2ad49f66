/**
 * The site built with a second issue (tests/fixtures/issues/2023-03, the kinds of document the real
 * issue lacks) next to 2023-02: ingested by the CLI as the README says, built by astro into a
 * scratch folder. Expectations come from the ingested records, not from counts.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { HtmlValidate, FileSystemConfigLoader } from 'html-validate';
import { parse as parseYaml } from 'yaml';
import { ingestAndBuild, ROOT } from '../support/site.ts';
import type { DocumentRecord } from '../../model/schema.ts';

let work: string;
let dist: string;
let records: DocumentRecord[];
const built = (urlPath: string) => readFileSync(path.join(dist, urlPath, 'index.html'), 'utf8');

beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), 'gongbao-fixture-site-'));
  mkdirSync(path.join(work, 'content'), { recursive: true });
  cpSync(path.join(ROOT, 'content/source'), path.join(work, 'content/source'), { recursive: true });
  for (const f of ['2023-03.txt', '2023-03.yaml'])
    cpSync(path.join(ROOT, 'tests/fixtures/issues', f), path.join(work, 'content/source', f));
  dist = ingestAndBuild(work, 'the fixture issue');
  const dir = path.join(work, 'content/documents');
  records = readdirSync(dir).map((f) => parseYaml(readFileSync(path.join(dir, f), 'utf8').split(/^---$/m)[1]!) as DocumentRecord);
}, 300_000);

describe('a site built with a second issue of every kind of document', () => {
  it('has a page for every document of both issues, with every anchor of its record as an id', () => {
    expect(new Set(records.map((r) => r.issue))).toEqual(new Set(['2023-02', '2023-03']));
    for (const r of records) {
      const html = built(`documents/${r.slug}`);
      expect(html, r.slug).toContain(`<h1 id="top">${r.title}</h1>`);
      for (const anchor of r.anchors) expect(html, `${r.slug}#${anchor}`).toContain(`id="${anchor}"`);
    }
  });

  it('shows a regulation’s articles as anchored paragraphs opening with their label, its chapters in the contents', () => {
    const html = built('documents/lfsrmzfl-8');
    expect(html).toMatch(/<p id="art-12"><strong>第十二条<\/strong> 违反本办法第十条规定的/);
    expect(html).toMatch(/<li class="d\d"><a href="#ch4">第四章 ?法律责任<\/a><\/li>/);
    expect(html).not.toContain('<dt>主送机关</dt>');
  });

  it('shows a numeric table cell by cell, and a table it could not read under its note', () => {
    const html = built('documents/lzbf-2023-5');
    expect(html.replace(/\s+/g, '')).toContain('<tr><td>4</td><td>翼城县</td><td>2.6</td><td>0.6</td><td>3.2</td></tr>');
    expect(html).toMatch(
      /<blockquote id="annex2-p\d">\s*<p>注：本表各列无法从公报文本中确定.*<\/p>\s*<\/blockquote><p id="annex2-p\d">序号 县（市、区） 新建补助 改造提升补助 合计<br>\s*1 尧都区 480 150 630<br>/,
    );
  });

  it('every page of the second issue validates with zero html-validate errors', async () => {
    const hv = new HtmlValidate(new FileSystemConfigLoader());
    const errors: string[] = [];
    for (const r of records.filter((d) => d.issue === '2023-03')) {
      const report = await hv.validateFile(path.join(dist, 'documents', r.slug, 'index.html'));
      for (const m of report.results.flatMap((x) => x.messages))
        if (m.severity === 2) errors.push(`${r.slug}:${m.line} ${m.ruleId} ${m.message}`);
    }
    expect(errors).toEqual([]);
  });
});
