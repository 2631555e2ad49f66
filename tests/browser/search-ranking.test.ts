/** Search ranking and list-entry excerpts as a reader sees them, in Chromium against the built site. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { open, SKIP_BROWSER, type Session } from '../support/browser.ts';

describe.skipIf(SKIP_BROWSER)('search results in Chromium', { timeout: 60_000 }, () => {
  let s: Session;
  beforeAll(async () => {
    s = await open();
  }, 600_000);
  afterAll(async () => {
    await s?.close();
  });

  /** The result list for a query: each result's path and excerpt text. */
  async function results(q: string): Promise<{ href: string; excerpt: string }[]> {
    await s.page.goto(`${s.origin}/search/?q=${encodeURIComponent(q)}`);
    await s.page.waitForFunction(() => document.querySelectorAll('#results li').length > 0, null, { timeout: 20_000 });
    return s.page.$$eval('#results li', (lis) =>
      lis.map((li) => ({
        href: new URL(li.querySelector('h3 a')!.getAttribute('href')!, location.href).pathname,
        excerpt: li.querySelector('.r-ex')?.textContent ?? '',
      })),
    );
  }

  it('a unit named in Traditional characters, 市行政審批服務管理局, lists its own page first', async () => {
    const list = await results('市行政審批服務管理局');
    expect(list[0]!.href).toBe('/units/approval-service/');
    expect(list.length).toBeGreaterThan(1);
  });

  it('an excerpt keeps list entries apart: 组长 and 副组长 of 临政办函〔2023〕1号', async () => {
    const doc = (await results('崔元斌')).find((r) => r.href === '/documents/lzbh-2023-1/');
    expect(doc?.excerpt).toContain('崔元斌市委常委、副市长 · 副组长：杨楠');
    expect(s.consoleErrors).toEqual([]);
    expect(s.failed).toEqual([]);
  });

  it('part of a unit’s name, 行政审批, puts 市行政审批服务管理局 in the top 3', async () => {
    const list = await results('行政审批');
    expect(list.slice(0, 3).map((r) => r.href)).toContain('/units/approval-service/');
  });

  it('a near miss, 营商环镜, finds nothing and offers 营商环境', async () => {
    await s.page.goto(`${s.origin}/search/?q=${encodeURIComponent('营商环镜')}`);
    await s.page.waitForSelector('#suggest:not([hidden])', { timeout: 20_000 });
    expect(await s.page.$$eval('#suggest a', (as) => as.map((a) => a.textContent))).toContain('营商环境');
    expect(await s.page.$$eval('#results li', (lis) => lis.length)).toBe(0);
  });

  it('Back after a 文号 jump returns to the page before the search, not to the search', async () => {
    await s.page.goto(`${s.origin}/`);
    await s.page.goto(`${s.origin}/search/?q=${encodeURIComponent('临政办函[2023]3号')}`);
    await s.page.waitForURL('**/documents/lzbh-2023-3/', { timeout: 20_000 });
    await s.page.goBack();
    expect(new URL(s.page.url()).pathname).toBe('/');
  });

  it('显示更多 moves focus to the first new result', async () => {
    await results('政府');
    await s.page.click('#more');
    await s.page.waitForFunction(() => document.querySelectorAll('#results li').length > 20, null, { timeout: 20_000 });
    const focused = await s.page.evaluate(() => {
      const li = document.activeElement?.closest('#results li');
      return li ? [...li.parentElement!.children].indexOf(li) : -1;
    });
    expect(focused).toBe(20);
  });
});
