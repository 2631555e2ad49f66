/** End-to-end in Debian's Chromium against the built site on 127.0.0.1. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT } from '../site/helpers.ts';
import { open, CHROMIUM, type Session } from './browser.ts';

const SHOTS = path.join(ROOT, 'test-results');
let s: Session;
let page: Page;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  s = await open();
  page = s.page;
}, 600_000);
afterAll(async () => { await s?.close(); });

const at = () => new URL(page.url()).pathname;

async function search(q: string): Promise<{ status: string; hrefs: string[] }> {
  await page.goto(`${s.origin}/`);
  await page.fill('#site-q', q);
  await Promise.all([page.waitForURL(/\/search\/\?/), page.click('.site-header .search-box button[type=submit]')]);
  await page.waitForFunction(() => (document.getElementById('status')?.textContent ?? '') !== '', null, { timeout: 20_000 });
  await page.waitForLoadState('networkidle');
  const status = (await page.textContent('#status')) ?? '';
  const hrefs = await page.$$eval('#results h3 a', (as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  return { status, hrefs };
}

describe.skipIf(!CHROMIUM)('reader journeys in Chromium', { timeout: 60_000 }, () => {
  it('home → document → item → unit works by clicking real links, and back returns to the item', async () => {
    await page.goto(`${s.origin}/`);
    expect(await page.textContent('h1')).toBe('临汾市人民政府公报');
    await Promise.all([page.waitForURL('**/documents/lzf-2023-2/'), page.click('main a[href="/documents/lzf-2023-2/"]')]);
    expect(await page.textContent('h1')).toContain('营商环境创新提升行动方案');
    await page.screenshot({ path: path.join(SHOTS, 'document-desktop.png'), fullPage: false });
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
    await page.screenshot({ path: path.join(SHOTS, 'search-desktop.png') });
    await Promise.all([page.waitForURL('**/items/lzf-2023-2-011/**'), page.click('#results h3 a[href^="/items/lzf-2023-2-011/"] >> nth=0')]);
    expect(at()).toBe('/items/lzf-2023-2-011/');
  });

  it('the Traditional query 營商環境 gives the same results as the Simplified 营商环境', async () => {
    const simp = await search('营商环境');
    const trad = await search('營商環境');
    expect(simp.hrefs.length).toBeGreaterThan(0);
    expect(trad.hrefs).toEqual(simp.hrefs);
    expect(trad.status.match(/共 (\d+) 条/)?.[1]).toBe(simp.status.match(/共 (\d+) 条/)?.[1]);
    expect(trad.status).toContain('已按简体“营商环境”搜索');
  });

  it('a 文号 typed as 临政办函[2023]3号 leads to its document /documents/lzbh-2023-3/', async () => {
    await page.goto(`${s.origin}/`);
    await page.fill('#site-q', '临政办函[2023]3号');
    await Promise.all([page.waitForURL('**/documents/lzbh-2023-3/', { timeout: 20_000 }), page.click('.site-header .search-box button[type=submit]')]);
    expect(at()).toBe('/documents/lzbh-2023-3/');
    expect(await page.textContent('main')).toContain('临政办函〔2023〕3号');
  });

  it('at 390×844 document, item and unit pages have no horizontal scroll', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    for (const [kind, url] of [['document', '/documents/lzf-2023-2/'], ['item', '/items/lzf-2023-2-011/'], ['unit', '/units/approval-service/']]) {
      await page.goto(`${s.origin}${url}`);
      const { sw, iw } = await page.evaluate(() => ({ sw: document.documentElement.scrollWidth, iw: window.innerWidth }));
      expect(sw, `${url} scrollWidth`).toBeLessThanOrEqual(iw);
      await page.screenshot({ path: path.join(SHOTS, `${kind}-phone.png`), fullPage: true });
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
