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

  it('a unit page’s excerpt keeps its list entries apart', async () => {
    const unit = (await results('加强涉外商事法律服务')).find((r) => r.href === '/units/justice/');
    expect(unit?.excerpt).toContain('加强涉外商事法律服务 · 临政发〔2023〕2号 · 6加强市场主体合法权益保护');
    expect(s.consoleErrors).toEqual([]);
    expect(s.failed).toEqual([]);
  });
});
