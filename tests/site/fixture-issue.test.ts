/**
 * The site built with the issues written for the tests next to the real 2023-02 (a fixed corpus,
 * whatever issues are committed): tests/fixtures/issues/2023-03 (the kinds of document the real
 * issue lacks), 2023-04 (a regulation repealing a notice of the same issue) and 2023-12 (联合发文, a
 * 修改决定 and the 规章 it amends, a notice read with a guess), ingested by the CLI as the README says, built by astro into a scratch folder, once
 * for the build checks and the Chromium checks below. Expectations come from the ingested records,
 * not from counts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { HtmlValidate, FileSystemConfigLoader } from 'html-validate';
import { fromHtml } from 'hast-util-from-html';
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { parse as parseYaml } from 'yaml';
import { ingestAndBuild, ROOT } from '../support/site.ts';
import { scratchProject } from '../support/project.ts';
import { open, SKIP_BROWSER, type Session } from '../support/browser.ts';
import { seriousViolations } from '../support/axe.ts';
import { asciiPunctuationAgainstChinese } from '../support/wording.ts';
import type { DocumentRecord } from '../../model/schema.ts';
import { articleOf, REGULATION_ANCHOR } from '../../model/anchors.ts';
import { formatChineseDate, formatChineseNumeral } from '../../model/numbers.ts';
import { numberUrl, type NumberIndex } from '../../src/search/numbers.ts';
import { textOf } from '../../src/render/hast.ts';
import { shownContents } from './archive.ts';

const FIXTURE_ISSUES = ['2023-03', '2023-04', '2023-11', '2023-12'];
/** The order publishing 临汾市城市绿化管理办法, and the order whose 第三条 repeals a notice of its issue. */
const REGULATION = 'lfsrmzfl-8';
const REPEALING = 'lfsrmzfl-9';

let work: string;
let dist: string;
let records: DocumentRecord[];
const built = (urlPath: string) => readFileSync(path.join(dist, urlPath, 'index.html'), 'utf8');
const record = (slug: string) => records.find((r) => r.slug === slug)!;

beforeAll(() => {
  // A fixed corpus, whatever issues are committed: the registries, the real 2023-02 and the fixture issues.
  work = scratchProject({}, { live: false });
  for (const f of ['2023-02.txt', '2023-02.yaml']) cpSync(path.join(ROOT, 'content/source', f), path.join(work, 'content/source', f));
  for (const id of FIXTURE_ISSUES)
    for (const f of [`${id}.txt`, `${id}.yaml`]) cpSync(path.join(ROOT, 'tests/fixtures/issues', f), path.join(work, 'content/source', f));
  dist = ingestAndBuild(work, 'the fixture issues');
  const dir = path.join(work, 'content/documents');
  records = readdirSync(dir).map((f) => parseYaml(readFileSync(path.join(dir, f), 'utf8').split(/^---$/m)[1]!) as DocumentRecord);
}, 300_000);
afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

/** The first element under `root` that `match` accepts. */
function find(root: Root | Element, match: (e: Element) => boolean): Element | undefined {
  let found: Element | undefined;
  visit(root, 'element', (e: Element) => {
    if (!found && match(e)) found = e;
  });
  return found;
}
const hasClass = (e: Element, name: string) => ([] as unknown[]).concat(e.properties.className ?? []).includes(name);

/** A document page's metadata panel as shown: each <dt> with the text of its <dd>. */
function metaPanel(slug: string): Map<string, string> {
  const dl = find(fromHtml(built(`documents/${slug}`)), (e) => e.tagName === 'dl' && hasClass(e, 'meta-panel'))!;
  // each row a <div> holding its <dt> and <dd>
  const rows = dl.children.filter((c): c is Element => c.type === 'element');
  return new Map(
    rows.map((row) => {
      const [dt, dd] = row.children.filter((c): c is Element => c.type === 'element');
      return [textOf(dt), textOf(dd)] as const;
    }),
  );
}

/** The optional rows of the panel and the record field each shows, as the field reads. */
const OPTIONAL_ROWS: [string, (r: DocumentRecord) => string | undefined][] = [
  ['签发人', (r) => r.signer],
  ['施行日期', (r) => r.effective && formatChineseDate(r.effective)],
  ['有效期', (r) => r.validUntil && `有效期至${formatChineseDate(r.validUntil)}`],
  ['签署', (r) => r.signatory && `${r.signatory.post} ${r.signatory.name}`],
  ['修改', (r) => r.amends?.map((x) => `《${x.title}》（${x.number}）`).join('')],
  ['废止', (r) => r.repeals?.map((x) => `《${x.title}》（${x.number}）`).join('')],
  ['附注', (r) => r.notes?.join('')],
  ['抄送', (r) => r.copiedTo?.join('、')],
  ['印发机关', (r) => r.printed && `${r.printed.by}\u3000${formatChineseDate(r.printed.date)}印发`],
];

describe('a site built with the issues of every kind of document', () => {
  it('has a page for every document of every issue, with every anchor of its record as an id', () => {
    expect(new Set(records.map((r) => r.issue))).toEqual(new Set(['2023-02', ...FIXTURE_ISSUES]));
    for (const r of records) {
      const html = built(`documents/${r.slug}`);
      expect(html, r.slug).toContain(`<h1 id="top">${r.title}</h1>`);
      for (const { anchor } of r.blocks) expect(html, `${r.slug}#${anchor}`).toContain(`id="${anchor}"`);
    }
  });

  it('shows a regulation’s articles as anchored paragraphs opening with their label, its chapters in the contents', () => {
    const html = built(`documents/${REGULATION}`);
    expect(html).toMatch(/<p id="art-12"[^>]*><strong>第十二条<\/strong> 违反本办法第十条规定的/);
    expect(html).toMatch(/<li class="d\d"><a href="#ch4">第四章 ?法律责任<\/a><\/li>/);
    expect(html).not.toContain('<dt>主送机关</dt>');
  });

  it('shows a numeric table cell by cell, and a table it could not read under its note', () => {
    const html = built('documents/lzbf-2023-5');
    // cells keep their column's sizing class and header label (src/render/tables.ts); compare the cells' text
    expect(html.replace(/<td[^>]*>/g, '<td>').replace(/\s+/g, '')).toContain(
      '<tr><td>4</td><td>翼城县</td><td>2.6</td><td>0.6</td><td>3.2</td></tr>',
    );
    expect(html).toMatch(
      /<blockquote id="annex2-p\d">\s*<p>注：本表各列无法从公报文本中确定.*<\/p>\s*<\/blockquote><p id="annex2-p\d">序号 县（市、区） 新建补助 改造提升补助 合计<br>\s*1 尧都区 480 150 630<br>/,
    );
  });

  it('no page of the issues written for the tests sets ASCII punctuation against Chinese text', () => {
    const pages = records.filter((d) => FIXTURE_ISSUES.includes(d.issue)).map((r) => path.join(dist, 'documents', r.slug, 'index.html'));
    expect(asciiPunctuationAgainstChinese(pages, (f) => path.relative(dist, f))).toEqual([]);
  });

  it('every page of the issues written for the tests validates with zero html-validate errors', async () => {
    const hv = new HtmlValidate(new FileSystemConfigLoader());
    const errors: string[] = [];
    for (const r of records.filter((d) => FIXTURE_ISSUES.includes(d.issue))) {
      const report = await hv.validateFile(path.join(dist, 'documents', r.slug, 'index.html'));
      for (const m of report.results.flatMap((x) => x.messages))
        if (m.severity === 2) errors.push(`${r.slug}:${m.line} ${m.ruleId} ${m.message}`);
    }
    expect(errors).toEqual([]);
  });
});

describe('citing a regulation', () => {
  it('the contents of the regulation page are its title and its chapters, in order, and no article', () => {
    const nav = find(fromHtml(built(`documents/${REGULATION}`)), (e) => e.tagName === 'nav' && hasClass(e, 'toc'))!;
    const hrefs: string[] = [];
    visit(nav, 'element', (e: Element) => void (e.tagName === 'a' && hrefs.push(String(e.properties.href))));
    const chapters = record(REGULATION)
      .blocks.map((b) => b.anchor)
      .filter((a) => /^ch\d+$/.test(a));
    expect(chapters).toHaveLength(5);
    expect(hrefs).toEqual([`#${REGULATION_ANCHOR}`, ...chapters.map((a) => `#${a}`)]);
  });

  it('every article carries its citation, 《title》 and its label as printed, and tools named for an article; its 款 do not', () => {
    const r = record(REGULATION);
    const root = fromHtml(built(`documents/${REGULATION}`));
    const articles = r.blocks.filter((b) => b.kind === 'article');
    expect(articles).toHaveLength(15);
    expect(articles.every((b) => articleOf(b.anchor) !== undefined)).toBe(true);
    for (const { anchor } of r.blocks.filter((b) => b.anchor.startsWith('art-'))) {
      const block = find(root, (e) => e.properties.id === anchor)!;
      const article = articleOf(anchor);
      const cite = find(block, (e) => e.tagName === 'button' && e.properties.dataAct === 'cite')!;
      if (article === undefined) {
        expect(block.properties.dataCitation, anchor).toBeUndefined();
        expect(cite.properties.ariaLabel, anchor).toBe('复制本段引用');
      } else {
        expect(block.properties.dataCitation, anchor).toBe(`《${r.issues}》第${formatChineseNumeral(article)}条`);
        expect(cite.properties.ariaLabel, anchor).toBe('复制本条引用');
      }
    }
    expect(find(root, (e) => e.properties.id === 'art-12')!.properties.dataCitation).toBe('《临汾市城市绿化管理办法》第十二条');
  });

  it('an order is cited by the regulation it publishes, not by its issuer', () => {
    expect(built(`documents/${REGULATION}`)).toContain(
      '<span class="cite-preview">《临汾市城市绿化管理办法》（临汾市人民政府令第8号）</span>',
    );
  });

  it('an order’s number opens its document whether typed in full or as 市政府令第8号', () => {
    const index = JSON.parse(readFileSync(path.join(dist, 'search/numbers.json'), 'utf8')) as NumberIndex;
    for (const typed of ['临汾市人民政府令第8号', '临汾市人民政府令 第 8 号', '市政府令第8号', '临汾市政府令第８号', '市人民政府令第8号'])
      expect(numberUrl(index, typed), typed).toBe(`/documents/${REGULATION}/`);
    expect(numberUrl(index, '市政府令第7号')).toBeUndefined();
    expect(numberUrl(index, '临政发[2023]6号')).toBe('/documents/lzf-2023-6/');
  });
});

describe('the metadata panel', () => {
  it.each([
    [REGULATION, '施行日期', '2023年5月1日'],
    [REGULATION, '签署', '市长 王建华'],
    [REGULATION, '公布', '《临汾市城市绿化管理办法》'],
    [REGULATION, '废止', '《临汾市城市绿化管理办法》（临汾市人民政府令第3号）'],
    ['lzf-2023-6', '有效期', '有效期至2028年3月14日'],
    ['lzf-2023-7', '有效期', '有效期至2028年3月8日'],
    ['lzf-2023-8', '签发人', '王建华'],
    ['lzf-2023-8', '附注', '联系人：李志刚；联系电话：0357-2091234'],
    ['linzhengfu-2023-1', '抄送', '市财政局、市国资委、市人力资源和社会保障局、市审计局'],
    ['linzhengfu-2023-1', '印发机关', '临汾市人民政府办公室\u30002023年3月13日印发'],
  ])('%s shows %s %s', (slug, label, value) => expect(metaPanel(slug).get(label)).toBe(value));

  it('shows each of 签发人, 施行日期, 有效期, 签署, 修改, 废止, 附注, 抄送 and 印发机关 exactly when the record has it', () => {
    for (const r of records) {
      const panel = metaPanel(r.slug);
      for (const [label, field] of OPTIONAL_ROWS) expect(panel.get(label), `${r.slug} ${label}`).toBe(field(r));
    }
  });

  it('links a repealed document that is in the corpus, and names one that is not', () => {
    const html = built(`documents/${REPEALING}`);
    const target = record(REPEALING).repeals![0]!.target!;
    expect(html).toContain(
      `<dt>废止</dt><dd><a href="/documents/${target}/">《临汾市人民政府办公室关于加强户外广告设置管理的通知》（临政办发〔2023〕20号）</a></dd>`,
    );
    expect(built(`documents/${REGULATION}`)).toContain('<dt>废止</dt><dd>《临汾市城市绿化管理办法》（临汾市人民政府令第3号）</dd>');
  });
});

describe('unusual documents of 2023-12', () => {
  const JOINT = 'lzf-2023-15';
  const GUESSED = 'lzbf-2023-25';

  it('a 联合发文 names every organ, in printed order, above its title and in the panel', () => {
    const html = built(`documents/${JOINT}`);
    expect(html).toMatch(
      /<p class="kicker"[^>]*><span class="num"[^>]*>临政发〔2023〕15号<\/span> · 临汾市人民政府 临汾市中级人民法院<\/p>/,
    );
    expect(metaPanel(JOINT).get('发文机关')).toBe('临汾市人民政府、临汾市中级人民法院');
  });

  it('a 修改决定 links the 规章 it amends', () => {
    expect(built('documents/lfsrmzfl-12')).toContain(
      '<dt>修改</dt><dd><a href="/documents/lfsrmzfl-5/">《临汾市城市供水管理办法》（临汾市人民政府令第5号）</a></dd>',
    );
  });

  it('a document read with a guess says discreetly that its layout awaits proofreading, and what to check', () => {
    const html = built(`documents/${GUESSED}`);
    expect(html).toMatch(/<details class="review-note"[^>]*><summary[^>]*>版式待校对<\/summary>/);
    expect(html).toContain(`${record(GUESSED).review![0]}</li>`);
    expect(record(GUESSED).review).toEqual(['主送机关：文号后未见主送机关（源文第171行）']);
  });

  it('only documents with a review list carry the note', () => {
    for (const r of records) expect(built(`documents/${r.slug}`).includes('review-note'), r.slug).toBe(r.review !== undefined);
  });
});

describe('a repealed document', () => {
  it('says which document repealed it, linking the article that does', () => {
    const target = record(REPEALING).repeals![0]!.target!;
    expect(target).toBe('lzbf-2023-20');
    expect(built(`documents/${target}`)).toContain(
      `<p class="repealed" role="note" data-pagefind-ignore>本文件已被<a href="/documents/${REPEALING}/#art-3">《临汾市户外广告设置管理办法》（临汾市人民政府令第9号）第三条</a>废止。</p>`,
    );
  });

  it('is exactly a document that another document of the corpus repeals', () => {
    const repealed = new Set(records.flatMap((r) => (r.repeals ?? []).flatMap((x) => (x.target ? [x.target] : []))));
    for (const r of records) expect(built(`documents/${r.slug}`).includes('class="repealed"'), r.slug).toBe(repealed.has(r.slug));
  });
});

describe.skipIf(SKIP_BROWSER)('the regulation and the repealed notice in Chromium', { timeout: 60_000 }, () => {
  let s: Session;
  beforeAll(async () => {
    s = await open(undefined, dist);
    await s.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: s.origin });
  }, 60_000);
  afterAll(async () => {
    await s?.close();
  });

  const copied = async (selector: string, status: string) => {
    await s.page.hover(selector.split(' ')[0]!);
    await s.page.click(selector);
    await s.page.waitForFunction((text) => document.querySelector('[role=status]')?.textContent === text, status);
    return s.page.evaluate(() => navigator.clipboard.readText());
  };

  it('引用 on 第十二条 copies 《临汾市城市绿化管理办法》第十二条 and its URL; a 款 keeps the document and chapter', async () => {
    await s.page.goto(`${s.origin}/documents/${REGULATION}/`);
    // copied links carry the site's canonical address
    const url = (await s.page.getAttribute('link[rel="canonical"]', 'href'))!;
    expect(url).toMatch(new RegExp(`^https://[^/]+/documents/${REGULATION}/$`));
    expect(await copied('#art-12 button.cp[data-act="cite"]', '已复制引用')).toBe(`《临汾市城市绿化管理办法》第十二条 ${url}#art-12`);
    expect(await copied('#art-12 button.cp[data-act="link"]', '已复制本段链接')).toBe(`${url}#art-12`);
    expect(await copied('#art-3-p2 button.cp[data-act="cite"]', '已复制引用')).toBe(
      `《临汾市城市绿化管理办法》（临汾市人民政府令第8号）“第一章 总 则” ${url}#art-3-p2`,
    );
    expect(s.consoleErrors).toEqual([]);
  });

  it('市政府令第8号 typed in the search box opens the order', async () => {
    await s.page.goto(`${s.origin}/`);
    await s.page.fill('#site-q', '市政府令第8号');
    await Promise.all([
      s.page.waitForURL(`**/documents/${REGULATION}/`, { timeout: 20_000 }),
      s.page.click('.site-header .search-box button[type=submit]'),
    ]);
    expect(await s.page.textContent('h1')).toBe('临汾市城市绿化管理办法');
  });

  it.each([REGULATION, 'lzbf-2023-20'])('the page of %s has no serious or critical axe violations', async (slug) => {
    await s.page.goto(`${s.origin}/documents/${slug}/`);
    expect(await seriousViolations(s.page)).toEqual([]);
    expect(s.failed).toEqual([]);
  });
});

describe('the documents export of a corpus with a regulation', () => {
  const exported = () =>
    JSON.parse(readFileSync(path.join(dist, 'data/documents.json'), 'utf8')) as {
      slug: string;
      effective: string | null;
      repeals: { number?: string; path: string | null }[];
      repealedBy: { number: string; path: string }[];
      signatory: { post: string; name: string } | null;
    }[];

  it('carries what the metadata panel shows: 施行日期, 签署, what a document repeals and what repealed it', () => {
    const docs = exported();
    const repealing = docs.find((d) => d.slug === REPEALING)!;
    const target = record(REPEALING).repeals![0]!.target!;
    expect(repealing.effective).toBe(record(REPEALING).effective);
    expect(repealing.signatory).toEqual(record(REPEALING).signatory);
    expect(repealing.repeals).toEqual([expect.objectContaining({ path: `/documents/${target}/` })]);
    expect(docs.find((d) => d.slug === target)!.repealedBy).toEqual([
      expect.objectContaining({
        number: record(REPEALING).number,
        path: expect.stringMatching(new RegExp(`^/documents/${REPEALING}/#art-`)),
      }),
    ]);
    expect(docs.find((d) => d.slug === REGULATION)!.repealedBy).toEqual([]);
  });
});

describe('an issue whose text opens with its cover and 目录 (2023-11)', () => {
  it('its issue page lists its documents under the sections its 目录 prints', () => {
    expect(shownContents(built('issues/2023-11')).map((s) => s.name)).toEqual([
      '市政府文件（1）',
      '市政府办公室文件（1）',
      '部门文件（1）',
      '政策解读（1）',
    ]);
  });

  it('a 政策解读 page shows no 文号 and links the document it interprets', () => {
    const panel = metaPanel('lfgtzf-2023-15-jd');
    expect(panel.has('文号')).toBe(false);
    expect(panel.get('解读')).toBe('《临汾市市级政府投资项目管理办法》');
    expect(built('documents/lfgtzf-2023-15-jd')).toContain('<a href="/documents/lfgtzf-2023-15/">《临汾市市级政府投资项目管理办法》</a>');
  });

  it('a document of a 目录 section names that section on its 刊载 line', () => {
    expect(metaPanel('lfgtzf-2023-15').get('刊载')).toBe('临汾市人民政府公报 2023年第11期 · 部门文件');
  });
});
