/** End-to-end in Debian's Chromium against the built site on 127.0.0.1. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { DIST, ROOT, TEST_SITE_URL } from '../support/site.ts';
import { cspHeader } from '../../src/lib/csp.ts';
import { unitsLine, UNIT_SEPARATOR } from '../../src/search/record.ts';
import { open, searchAnswered, type Session, SKIP_BROWSER } from '../support/browser.ts';

const SHOTS = path.join(ROOT, 'test-results');
/** The items export: the data the items index and search filters must agree with. */
const exported = <T>(name: string): T => JSON.parse(readFileSync(path.join(DIST, 'data', name), 'utf8'));
const ITEMS = exported<{ slug: string; units: string[]; national: boolean }[]>('items.json');
const DOCUMENTS = exported<{ slug: string; units: string[] }[]>('documents.json');
const UNITS = exported<{ slug: string; name: string; kind: string; collective: boolean }[]>('units.json');
let s: Session;
let page: Page;

const at = () => new URL(page.url()).pathname;

/** The search page's status line and result paths, once results are shown. */
async function results(): Promise<{ status: string; hrefs: string[] }> {
  const status = await searchAnswered(page);
  const hrefs = await page.$$eval('#results h3 a', (as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  return { status, hrefs };
}

async function search(q: string): Promise<{ status: string; hrefs: string[] }> {
  await page.goto(`${s.origin}/`);
  await page.fill('#site-q', q);
  await Promise.all([page.waitForURL(/\/search\/\?/), page.click('.site-header .search-box button[type=submit]')]);
  return results();
}

const total = (status: string) => Number(status.match(/共 (\d+) 条/)?.[1]);
const visibleItems = () =>
  page.$$eval('#items-table tbody tr:not([hidden]) td:nth-child(3) a', (as) =>
    as.map((a) => a.getAttribute('href')!.split('/')[2]!).sort(),
  );
const itemSlugs = (keep: (i: (typeof ITEMS)[number]) => boolean) =>
  ITEMS.filter(keep)
    .map((i) => i.slug)
    .sort();

describe.skipIf(SKIP_BROWSER)('reader journeys in Chromium', { timeout: 60_000 }, () => {
  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    s = await open();
    page = s.page;
    await s.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: s.origin });
  }, 600_000);
  afterAll(async () => {
    await s?.close();
  });

  it('home → issues → issue → document → item → unit works by clicking real links, and back returns to the item', async () => {
    await page.goto(`${s.origin}/`);
    expect(await page.textContent('h1')).toBe('临汾市人民政府公报');
    // through the archive, not the home page's latest issue: a later issue may have been added
    await Promise.all([page.waitForURL('**/issues/'), page.click('a[href="/issues/"] >> nth=0')]);
    await Promise.all([page.waitForURL('**/issues/2023-02/'), page.click('main a[href="/issues/2023-02/"] >> nth=0')]);
    await Promise.all([page.waitForURL('**/documents/lzf-2023-2/'), page.click('main a[href="/documents/lzf-2023-2/"] >> nth=0')]);
    expect(await page.textContent('h1')).toContain('营商环境创新提升行动方案');
    await Promise.all([page.waitForURL('**/items/lzf-2023-2-011/'), page.click('main a[href="/items/lzf-2023-2-011/"] >> nth=0')]);
    expect(await page.textContent('h1')).toContain('一业一证');
    await Promise.all([page.waitForURL('**/units/approval-service/'), page.click('main a[href="/units/approval-service/"] >> nth=0')]);
    expect(await page.textContent('h1')).toContain('行政审批服务管理局');
    expect(await page.locator('main a[href="/items/lzf-2023-2-011/"]').count()).toBeGreaterThan(0);
    await page.goBack();
    expect(at()).toBe('/items/lzf-2023-2-011/');
  });

  it('the header search for 一业一证 lists item 11 of 临政发〔2023〕2号, and clicking it opens the item', async () => {
    const r = await search('一业一证');
    expect(r.status).toContain('一业一证');
    expect(r.hrefs).toContain('/items/lzf-2023-2-011/');
    // a result lists its units, six at most and then the count (the plan names about 60)
    const lines = new Map(
      await page.$$eval('#results li', (lis) =>
        lis.map(
          (li) =>
            [
              new URL(li.querySelector('h3 a')!.getAttribute('href')!, location.href).pathname,
              li.querySelector('.r-units')?.textContent ?? '',
            ] as [string, string],
        ),
      ),
    );
    const names = (slugs: string[]) => slugs.map((slug) => UNITS.find((u) => u.slug === slug)!.name);
    expect(lines.get('/items/lzf-2023-2-011/')).toBe('市行政审批服务管理局、各县（市、区）人民政府');
    const plan = DOCUMENTS.find((d) => d.slug === 'lzf-2023-2')!;
    expect(plan.units.length).toBeGreaterThan(6);
    expect(lines.get('/documents/lzf-2023-2/')).toBe(unitsLine(names(plan.units).join(UNIT_SEPARATOR)));
    await page.screenshot({ path: path.join(SHOTS, 'search-desktop.png') });
    await Promise.all([
      page.waitForURL('**/items/lzf-2023-2-011/**'),
      page.click('#results h3 a[href^="/items/lzf-2023-2-011/"] >> nth=0'),
    ]);
    expect(at()).toBe('/items/lzf-2023-2-011/');
  });

  it('the Traditional query 營商環境 gives the same results as the Simplified 营商环境', async () => {
    const simp = await search('营商环境');
    const trad = await search('營商環境');
    expect(simp.hrefs.length).toBeGreaterThan(0);
    expect(trad.hrefs).toEqual(simp.hrefs);
    expect(total(trad.status)).toBe(total(simp.status));
    expect(trad.status).toContain('已按简体“营商环境”搜索');
  });

  it('a 文号 typed as 临政办函[2023]3号 leads to its document /documents/lzbh-2023-3/', async () => {
    await page.goto(`${s.origin}/`);
    await page.fill('#site-q', '临政办函[2023]3号');
    await Promise.all([
      page.waitForURL('**/documents/lzbh-2023-3/', { timeout: 20_000 }),
      page.click('.site-header .search-box button[type=submit]'),
    ]);
    expect(at()).toBe('/documents/lzbh-2023-3/');
    expect(await page.textContent('main')).toContain('临政办函〔2023〕3号');
  });

  it('the unit filter narrows 营商环境 to 市财政局, its page and the items and documents that assign it work', async () => {
    const all = await search('营商环境');
    // the menus fill when the reader goes for them
    await page.focus('#f-unit');
    await page.waitForSelector('#f-unit option[value="市财政局"]', { state: 'attached' });
    await page.selectOption('#f-unit', '市财政局');
    await page.waitForFunction((before) => document.getElementById('status')?.textContent !== before, all.status);
    const narrowed = await results();
    const finance = new Set([
      '/units/finance/',
      ...itemSlugs((i) => i.units.includes('finance')).map((slug) => `/items/${slug}/`),
      ...DOCUMENTS.filter((d) => d.units.includes('finance')).map((d) => `/documents/${d.slug}/`),
    ]);
    expect(total(narrowed.status)).toBeGreaterThan(0);
    expect(total(narrowed.status)).toBeLessThan(total(all.status));
    expect(narrowed.hrefs.length).toBeGreaterThan(0);
    for (const h of narrowed.hrefs) expect(finance.has(h), h).toBe(true);
    expect(new URL(page.url()).searchParams.get('unit')).toBe('市财政局');
  });

  it('the 简/繁 switch converts the page and stays on across navigation and reload', async () => {
    await page.goto(`${s.origin}/documents/lzf-2023-2/`);
    const h1 = () => page.textContent('h1');
    expect(await h1()).toContain('关于印发临汾市营商环境创新提升行动方案的通知');
    await page.click('#zh-toggle');
    await page.waitForFunction(() => document.querySelector('h1')?.textContent?.includes('營商環境'));
    expect(await h1()).toContain('關於印發臨汾市營商環境創新提升行動方案的通知');
    expect(await page.getAttribute('#zh-toggle', 'aria-pressed')).toBe('true');
    expect(await page.getAttribute('html', 'lang')).toBe('zh-Hant');
    // navigation by a real link
    await Promise.all([page.waitForURL('**/items/lzf-2023-2-011/'), page.click('main a[href="/items/lzf-2023-2-011/"] >> nth=0')]);
    await page.waitForFunction(() => document.querySelector('h1')?.textContent?.includes('一業一證'));
    // reload
    await page.reload();
    await page.waitForFunction(() => document.querySelector('h1')?.textContent?.includes('一業一證'));
    expect(await page.getAttribute('#zh-toggle', 'aria-pressed')).toBe('true');
    // and back to Simplified, which also persists
    await page.click('#zh-toggle');
    await page.waitForFunction(() => document.querySelector('h1')?.textContent?.includes('一业一证'));
    await page.reload();
    await page.waitForLoadState('networkidle');
    expect(await h1()).toContain('一业一证');
    expect(await page.getAttribute('#zh-toggle', 'aria-pressed')).toBe('false');
  });

  it('copy link on a paragraph puts its permanent URL on the clipboard; opening it scrolls to the paragraph and marks it', async () => {
    await page.goto(`${s.origin}/documents/lzf-2023-2/`);
    await page.hover('#plan-s2-p2');
    await page.click('#plan-s2-p2 button.cp[data-act="link"]');
    await page.waitForFunction(() => document.querySelector('[role=status]')?.textContent === '已复制本段链接');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    // the site's canonical address, whichever host the reader is on
    expect(copied).toBe(`${TEST_SITE_URL}/documents/lzf-2023-2/#plan-s2-p2`);

    const fresh = await s.context.newPage();
    await fresh.goto(copied.replace(TEST_SITE_URL, s.origin));
    const where = await fresh.evaluate(() => {
      const el = document.getElementById('plan-s2-p2')!;
      const r = el.getBoundingClientRect();
      return {
        top: r.top,
        bottom: r.bottom,
        vh: window.innerHeight,
        scrolled: window.scrollY,
        target: el.matches(':target'),
        mark: getComputedStyle(el).backgroundColor,
      };
    });
    await fresh.screenshot({ path: path.join(SHOTS, 'paragraph-link.png') });
    await fresh.close();
    expect(where.scrolled).toBeGreaterThan(0);
    expect(where.top).toBeGreaterThanOrEqual(0);
    expect(where.top).toBeLessThan(where.vh);
    expect(where.target).toBe(true);
    expect(where.mark).not.toBe('rgba(0, 0, 0, 0)');
  });

  it('copy citation on a paragraph puts 文号, section and URL on the clipboard', async () => {
    await page.goto(`${s.origin}/documents/lzf-2023-2/`);
    await page.hover('#plan-s2-p2');
    await page.click('#plan-s2-p2 button.cp[data-act="cite"]');
    await page.waitForFunction(() => document.querySelector('[role=status]')?.textContent === '已复制引用');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain('临政发〔2023〕2号');
    expect(copied.endsWith(` ${TEST_SITE_URL}/documents/lzf-2023-2/#plan-s2-p2`)).toBe(true);
  });

  it('the items index filtered by a unit, then by ∗, shows exactly the items the data lists', async () => {
    await page.goto(`${s.origin}/items/`);
    expect(await visibleItems()).toEqual(itemSlugs(() => true));
    await page.selectOption('#f-unit', 'finance');
    const finance = itemSlugs((i) => i.units.includes('finance'));
    expect(finance.length).toBeGreaterThan(10);
    expect(await visibleItems()).toEqual(finance);
    await page.check('#f-national');
    const both = itemSlugs((i) => i.units.includes('finance') && i.national);
    expect(both.length).toBeGreaterThan(0);
    expect(both.length).toBeLessThan(finance.length);
    expect(await visibleItems()).toEqual(both);
    expect(await page.textContent('#items-count')).toContain(`共${both.length}项（筛选：`);
    // the filter lives in the URL, so a reload (or a shared link) shows the same rows
    await page.reload();
    expect(await visibleItems()).toEqual(both);
  });

  it('the items index filtered by a county shows the items naming it and those every county must act on', async () => {
    await page.goto(`${s.origin}/items/`);
    await page.selectOption('#f-county', 'anze');
    const everyCounty = UNITS.filter((u) => u.collective && u.kind === '县级人民政府').map((u) => u.slug);
    const own = itemSlugs((i) => i.units.includes('anze'));
    const anze = itemSlugs((i) => i.units.includes('anze') || i.units.some((u) => everyCounty.includes(u)));
    expect(own.length).toBeGreaterThan(0);
    expect(anze.length).toBeGreaterThan(own.length);
    expect(await visibleItems()).toEqual(anze);
  });

  it('pages are served with the header CSP, identical to the meta policy plus frame-ancestors', async () => {
    const resp = await page.goto(`${s.origin}/documents/lzf-2023-2/`);
    expect(resp?.headers()['content-security-policy']).toBe(cspHeader);
    expect(resp?.headers()['x-content-type-options']).toBe('nosniff');
    const meta = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
    expect(cspHeader.startsWith(`${meta}; `)).toBe(true);
  });

  it('the CSP refuses an inline script and an inline event handler injected into a page', async () => {
    const probe = await s.context.newPage(); // its console errors are the expected refusals
    await probe.goto(`${s.origin}/documents/lzf-2023-2/`);
    const outcome = await probe.evaluate(
      () =>
        new Promise<{ violations: string[]; ran: unknown }>((done) => {
          const violations: string[] = [];
          document.addEventListener('securitypolicyviolation', (e) => violations.push(e.effectiveDirective));
          const script = document.createElement('script');
          script.textContent = 'window.__ran = "script"';
          document.body.append(script);
          const img = document.createElement('img');
          img.setAttribute('onerror', 'window.__ran = "onerror"');
          img.src = 'data:,broken';
          document.body.append(img);
          setTimeout(() => done({ violations, ran: (window as unknown as { __ran?: string }).__ran }), 1000);
        }),
    );
    await probe.close();
    expect(outcome.ran).toBeUndefined();
    expect(outcome.violations).toEqual(expect.arrayContaining(['script-src-elem', 'script-src-attr']));
  });

  it('at 390×844 document, item and unit pages have no horizontal scroll', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    for (const [kind, url] of [
      ['document', '/documents/lzf-2023-2/'],
      ['item', '/items/lzf-2023-2-011/'],
      ['unit', '/units/approval-service/'],
    ]) {
      await page.goto(`${s.origin}${url}`);
      const { sw, iw } = await page.evaluate(() => ({ sw: document.documentElement.scrollWidth, iw: window.innerWidth }));
      expect(sw, `${url} scrollWidth`).toBeLessThanOrEqual(iw);
      // whole page, except the document: 70,000 px of it would be a 7 MB artifact
      await page.screenshot({ path: path.join(SHOTS, `${kind}-phone.png`), fullPage: kind !== 'document' });
    }
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('no page visited logged a console error, failed a request or requested anything off localhost', () => {
    expect(s.consoleErrors).toEqual([]);
    expect(s.failed).toEqual([]);
    expect(s.offsite).toEqual([]);
  });

  it('the off-site guard is live: a navigation to example.com is blocked and recorded', async () => {
    await expect(page.goto('http://example.com/')).rejects.toThrow();
    expect(s.offsite).toEqual(['http://example.com/']);
  });
});
