/** Build-output tests: page counts and real content of documents, items, units, exports. */
import { beforeAll, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { ensureBuilt, page, DIST, ROOT, htmlFiles, urlOf } from '../support/site.ts';
import { cspHeader, cspMeta, parseHeadersFile } from '../../src/lib/csp.ts';
import { asciiPunctuationAgainstChinese } from '../support/wording.ts';
import { HTML_PAGE_CEILING } from '../../src/lib/unit-pages.ts';

const count = (dir: string) => readdirSync(path.join(ROOT, 'content', dir)).filter((f) => f.endsWith('.md')).length;
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/&#x3C;/g, '<');

beforeAll(() => ensureBuilt(), 600_000);

describe('pages', () => {
  it('builds one page per document, item, unit and county', () => {
    const nDocs = count('documents');
    const nItems = count('items');
    const nUnits = count('units');
    expect(nDocs).toBeGreaterThan(0);
    expect(nItems).toBeGreaterThan(0);
    const sub = (d: string) => readdirSync(path.join(DIST, d), { withFileTypes: true }).filter((e) => e.isDirectory()).length;
    expect(sub('documents')).toBe(nDocs);
    expect(sub('items')).toBe(nItems);
    expect(sub('units')).toBe(nUnits);
    expect(sub('counties')).toBeGreaterThanOrEqual(17);
    for (const p of ['index.html', '404.html', 'search/index.html', 'sitemap.xml', 'feed.xml', 'data/items.csv']) {
      expect(existsSync(path.join(DIST, p)), p).toBe(true);
    }
  });

  it('every page is zh-CN, has a title, description, OpenGraph and no inline script', () => {
    for (const f of htmlFiles()) {
      const h = readFileSync(f, 'utf8');
      expect(h, f).toContain('<html lang="zh-CN"');
      expect(h, f).toMatch(/<title>[^<]+<\/title>/);
      expect(h, f).toMatch(/<meta name="description" content="[^"]+"/);
      expect(h, f).toContain('property="og:title"');
      for (const m of h.matchAll(/<script([^>]*)>/g)) {
        expect(m[1], f).toMatch(/src="|type="application\/ld\+json"/);
      }
      expect(h, f).not.toMatch(/\son[a-z]+="/);
      expect(h, f).not.toMatch(/\sstyle="/);
    }
  });
  it('dist/_headers sends every path the meta policy plus frame-ancestors, and every page carries the meta policy', () => {
    const rules = parseHeadersFile(readFileSync(path.join(DIST, '_headers'), 'utf8'));
    expect(rules.map((r) => r.pattern)).toEqual(['/*']);
    expect(rules[0]!.headers['Content-Security-Policy']).toBe(cspHeader);
    expect(cspHeader).toBe(`${cspMeta}; frame-ancestors 'self'`);
    expect(rules[0]!.headers['X-Content-Type-Options']).toBe('nosniff');
    for (const f of htmlFiles())
      expect(readFileSync(f, 'utf8'), f).toContain(`<meta http-equiv="Content-Security-Policy" content="${cspMeta}">`);
  });

  it('no page sets ASCII punctuation against Chinese text, in its text or its placeholder, title and label attributes', () => {
    expect(asciiPunctuationAgainstChinese(htmlFiles(), urlOf)).toEqual([]);
  });
});

describe('item page', () => {
  it('item 2 of 临政发〔2023〕2号 shows its four units, linked, and ∗ with its meaning', () => {
    const h = page('/items/lzf-2023-2-002/');
    for (const [name, slug] of [
      ['市行政审批服务管理局', 'approval-service'],
      ['市市场监管局', 'market-regulation'],
      ['市发展改革委', 'development-reform'],
      ['市财政局', 'finance'],
    ]) {
      expect(h).toContain(`<a href="/units/${slug}/">${name}</a>`);
    }
    expect(h).toContain('清理设置非必要条件排斥潜在竞争者行为');
    expect(h).toContain('国家 101 项任务');
    expect(h).toMatch(/href="\/documents\/lzf-2023-2\/#annex1-p3-r2"/);
    expect(h).toContain('《临汾市营商环境创新提升行动方案》（临政发〔2023〕2号）附件第2项');
    expect(h).toMatch(/rel="prev" href="\/items\/lzf-2023-2-001\/"/);
    expect(h).toMatch(/rel="next" href="\/items\/lzf-2023-2-003\/"/);
  });
});

describe('item page badges come from the record', () => {
  /** Each table row's units with their badges, e.g. [['市司法局', '牵头'], ['市行政审批服务管理局', '']]. */
  const badges = (url: string) =>
    [...page(url).matchAll(/<tr>(.*?)<\/tr>/gs)]
      .map((row) =>
        [...row[1]!.matchAll(/<li><a href="[^"]+">([^<]+)<\/a>(?:<a class="role"[^>]*>([^<]+)<\/a>)?<\/li>/g)].map((m) => [
          m[1],
          m[2] ?? '',
        ]),
      )
      .filter((row) => row.length > 0);

  it('a plan measure whose units only 具体落实 marks them 具体落实, none 牵头 (/items/lzbf-2023-2-03/)', () => {
    expect(badges('/items/lzbf-2023-2-03/')).toEqual([
      [
        ['襄汾县', '具体落实'],
        ['曲沃县', '具体落实'],
        ['古县', '具体落实'],
        ['安泽县人民政府', '具体落实'],
      ],
    ]);
    expect(page('/items/lzbf-2023-2-03/')).toContain('“由……负责”的单位为牵头单位，“……具体落实”的为具体落实单位');
  });

  it('a plan measure marks the units that 负责 牵头 and the counties 具体落实 (/items/lzbf-2023-2-01/)', () => {
    const [row] = badges('/items/lzbf-2023-2-01/');
    expect(row!.filter(([, role]) => role === '牵头').map(([name]) => name)).toEqual([
      '市能源局',
      '市生态环境局',
      '市应急局',
      '市工信局',
      '国网临汾供电公司',
    ]);
    expect(row!.filter(([, role]) => role === '具体落实')).toHaveLength(6);
  });

  it('a reform item marks the first unit of each sub-row 推定牵头 (the gazette prints no roles), even one that supports in another row (item 7)', () => {
    expect(badges('/items/lzf-2023-2-007/')).toEqual([
      [['市行政审批服务管理局', '推定牵头']],
      [
        ['市发展改革委', '推定牵头'],
        ['市行政审批服务管理局', ''],
      ],
      [['市行政审批服务管理局', '推定牵头']],
    ]);
    expect(page('/items/lzf-2023-2-007/')).toContain('每一行举措中列在首位的单位为牵头单位，其余为配合单位。');
    expect(page('/items/lzf-2023-2-007/')).toContain('本站按列出顺序推定');
  });
});

describe('page sizes', () => {
  // at this scale the real plan's document page (~165 KB) is the one page near the ceiling; the unit
  // and county pages' split by size is checked over an archive (tests/site/search-archive.test.ts)
  it('no built page is over the ceiling of 300 KB', () => {
    const over = htmlFiles()
      .map((f) => [urlOf(f), statSync(f).size] as const)
      .filter(([, bytes]) => bytes > HTML_PAGE_CEILING);
    expect(over).toEqual([]);
  });
});

describe('unit page', () => {
  it('市财政局 lists the items it leads and supports, and offers its CSV', () => {
    const h = page('/units/finance/');
    expect(h).toContain(
      '<h1>临汾市财政局</h1>'.replace(
        '临汾市财政局',
        JSON.parse(readFileSync(path.join(DIST, 'data/units.json'), 'utf8')).find((u: { slug: string }) => u.slug === 'finance').name,
      ),
    );
    expect(h).toContain('href="/items/lzf-2023-2-002/"');
    expect(h).toMatch(/配合事项（(\d+)）/);
    expect(h).toContain('href="/units/finance/tasks.csv"');
    const csv = readFileSync(path.join(DIST, 'units/finance/tasks.csv'), 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toContain('清理设置非必要条件排斥潜在竞争者行为');
  });
  it('a unit page lists its measures as printed, grouped by document: the document is named once per role, not per item', () => {
    const h = page('/units/finance/');
    const lead = h.slice(h.indexOf('id="lead"'), h.indexOf('id="support"'));
    expect(lead.match(/<h3[^>]*><a href="\/documents\/lzf-2023-2\/">/g)).toHaveLength(1);
    // item 3's measure naming 市财政局, in full
    expect(h).toContain('落实新的降费减负政策，推动降低实体经济企业负担。坚决查处各类乱收费，及时处理对乱收费的投诉举报。');
  });
  it('units index ranks by load', () => {
    const h = page('/units/');
    const counts = [
      ...h.matchAll(
        /<td class="n"[^>]*>(\d+)<\/td>\s*<td class="n"[^>]*>(\d+)<\/td>\s*<td class="n"[^>]*>(\d+)<\/td>\s*<td class="n"[^>]*>(\d+)<\/td>/g,
      ),
    ].map((m) => m.slice(1, 5).map(Number));
    expect(counts.length).toBeGreaterThan(30);
    const load = counts.map(([all]) => all!);
    expect([...load].sort((a, b) => b - a)).toEqual(load);
    // 事项 = 牵头 + 配合 + 具体落实: the columns add up
    expect(counts.filter(([all, lead, support, implement]) => all !== lead! + support! + implement!)).toEqual([]);
  });
});

describe('one date style', () => {
  it('no page shows a date as 2023-02-02: dates read 2023年2月2日 (ISO only in datetime attributes)', () => {
    const iso = /(?<![\w"=-])\d{4}-\d{2}-\d{2}(?![\w"-])/;
    const shown = htmlFiles()
      .filter((f) =>
        iso.test(
          readFileSync(f, 'utf8')
            .replace(/<script[\s\S]*?<\/script>/g, '')
            .replace(/<[^>]*>/g, ' '),
        ),
      )
      .map((f) => path.relative(DIST, f));
    expect(shown).toEqual([]);
  });
});

describe('document page', () => {
  it('the plan links every annex item and its tasks to items', () => {
    const h = page('/documents/lzf-2023-2/');
    const items = new Set([...h.matchAll(/href="\/items\/(lzf-2023-2-\d{3})\/"/g)].map((m) => m[1]));
    const itemsJson: { slug: string; documentSlug: string }[] = JSON.parse(readFileSync(path.join(DIST, 'data/items.json'), 'utf8'));
    expect(items).toEqual(new Set(itemsJson.filter((i) => i.documentSlug === 'lzf-2023-2').map((i) => i.slug)));
    expect(h).toContain('"@type":"Legislation"');
    expect(h).toContain('class="task-items"');
    expect(h).toContain('class="toc toc-side"');
  });
  it('every anchor from the front matter is an id on the page', () => {
    for (const f of readdirSync(path.join(ROOT, 'content/documents'))) {
      const md = readFileSync(path.join(ROOT, 'content/documents', f), 'utf8');
      const anchors = [
        ...md
          .split('\nblocks:')[1]!
          .split('\n---')[0]!
          .matchAll(/anchor: (\S+)/g),
      ].map((m) => m[1]);
      expect(anchors.length, f).toBeGreaterThan(0);
      const h = page(`/documents/${f.replace(/\.md$/, '')}/`);
      for (const a of anchors) expect(h, `${f}#${a}`).toContain(`id="${a}"`);
    }
  });
  it('annex 3 of 临政办发〔2023〕2号, whose printed table merges cells, says its blank cells are kept as printed; no other table of 2023-02 does', () => {
    const docs: { slug: string; issue: string }[] = JSON.parse(readFileSync(path.join(DIST, 'data/documents.json'), 'utf8'));
    const of202302 = new Set(docs.filter((d) => d.issue === '2023-02').map((d) => d.slug));
    const notes = htmlFiles(path.join(DIST, 'documents'))
      .filter((f) => readFileSync(f, 'utf8').includes('class="note table-note"'))
      .map((f) => path.basename(path.dirname(f)));
    expect(notes.filter((slug) => of202302.has(slug))).toEqual(['lzbf-2023-2']);
    const h = page('/documents/lzbf-2023-2/');
    const annex3 = h.slice(h.indexOf('id="annex3"'), h.indexOf('id="annex4"'));
    expect(annex3).toMatch(/<td[^>]*>古县利达焦化有限公司<\/td>/);
    expect(annex3).toContain('表中空白单元格照录公报文本');
  });
  it('text from the source is escaped, never markup', () => {
    for (const f of htmlFiles(path.join(DIST, 'documents'))) {
      const body = (readFileSync(f, 'utf8').split('<div class="body">')[1] ?? '').split('<footer')[0]!;
      expect(body).not.toMatch(/<(script|img|iframe|object)\b/i);
      void text;
    }
  });
});

describe('exports', () => {
  it('items.json, documents.json, units.json and items.csv hold the data', () => {
    const items = JSON.parse(readFileSync(path.join(DIST, 'data/items.json'), 'utf8'));
    expect(items).toHaveLength(count('items'));
    const i2 = items.find((i: { slug: string }) => i.slug === 'lzf-2023-2-002');
    expect(i2).toMatchObject({ document: '临政发〔2023〕2号', no: 2, national: true });
    expect(i2.rows[0].units).toEqual(['市行政审批服务管理局', '市市场监管局', '市发展改革委', '市财政局']);
    expect(i2.url).toMatch(/\/items\/lzf-2023-2-002\/$/);
    const docs = JSON.parse(readFileSync(path.join(DIST, 'data/documents.json'), 'utf8'));
    expect(docs).toHaveLength(count('documents'));
    for (const d of docs)
      expect(Object.keys(d)).toEqual(expect.arrayContaining(['slug', 'number', 'issuer', 'title', 'date', 'type', 'url']));
    const units = JSON.parse(readFileSync(path.join(DIST, 'data/units.json'), 'utf8'));
    expect(units.length).toBe(count('units'));
    const csv = readFileSync(path.join(DIST, 'data/items.csv'), 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.split('\r\n').filter((l) => /^"?\p{Script=Han}+(?:〔\d{4}〕\d+|令第\d+)号/u.test(l)).length).toBe(count('items'));
  });
});
