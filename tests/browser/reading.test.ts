/**
 * Reading the site in Chromium (served by nginx): the search page's "more" button, the paragraph
 * tools, the documents index filter and the issue archive.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { DIST, ROOT } from '../support/site.ts';
import { committedIssues, exportedDocs, type ExportedDoc } from '../site/archive.ts';
import { open, searchAnswered, SKIP_BROWSER, type Session } from '../support/browser.ts';

const DOCUMENTS = exportedDocs(DIST);
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Opacity of a block's ¶ 链接 引用 tools. */
const toolsOpacity = (page: Page, id: string) => page.$eval(`#${id} > .tools`, (el) => getComputedStyle(el).opacity);

describe.skipIf(SKIP_BROWSER)('reading in Chromium', { timeout: 60_000 }, () => {
  let s: Session;
  let page: Page;
  beforeAll(async () => {
    s = await open();
    page = s.page;
  }, 60_000);
  afterAll(async () => {
    await s?.close();
  });

  it('“显示更多” shows while more results exist and is gone after the last page of results', async () => {
    await page.goto(`${s.origin}/search/?q=${encodeURIComponent('政府')}`);
    const total = Number((await searchAnswered(page)).match(/共 (\d+) 条/)?.[1]);
    expect(total).toBeGreaterThan(40);
    expect(await page.isVisible('#more')).toBe(true);
    while (await page.isVisible('#more')) {
      const before = await page.locator('#results > li').count();
      await page.click('#more');
      await page.waitForFunction((n) => document.querySelectorAll('#results > li').length > n, before);
    }
    expect(await page.locator('#results > li').count()).toBe(total);
    expect(await page.isVisible('#more')).toBe(false);
  });

  it('the search filters stay in their column, however long a unit name among their options', async () => {
    await page.setViewportSize({ width: 1100, height: 800 });
    await page.goto(`${s.origin}/search/?q=${encodeURIComponent('市行政审批服务管理局')}`);
    await searchAnswered(page);
    // the menus fill when the reader goes for them
    await page.focus('#f-unit');
    await page.waitForSelector('#f-unit option[value="各县（市、区）人民政府"]', { state: 'attached' });
    const overflow = await page.evaluate(() => {
      const right = (e: Element) => e.getBoundingClientRect().right;
      const column = document.getElementById('filters')!;
      const results = document.getElementById('results')!.getBoundingClientRect().left;
      const selects = [...column.querySelectorAll('select')].filter((e) => right(e) > right(column)).map((e) => e.id);
      return { selects, intoResults: right(column) > results };
    });
    await page.setViewportSize({ width: 1280, height: 900 });
    expect(overflow).toEqual({ selects: [], intoResults: false });
  });

  it('“显示更多” is not shown when nothing is found, nor after the query is cleared', async () => {
    await page.goto(`${s.origin}/search/?q=${encodeURIComponent('政府')}`);
    await searchAnswered(page);
    expect(await page.isVisible('#more')).toBe(true);
    await page.fill('#q', '量子纠缠');
    await page.press('#q', 'Enter');
    await page.waitForFunction(() => document.getElementById('status')?.textContent?.includes('没有找到'));
    expect(await page.locator('#results > li').count()).toBe(0);
    expect(await page.isVisible('#more')).toBe(false);
    await page.goto(`${s.origin}/search/?q=${encodeURIComponent('营商环境')}`);
    await searchAnswered(page);
    await page.fill('#q', '');
    await page.press('#q', 'Enter');
    await page.waitForFunction(() => document.querySelectorAll('#results > li').length === 0);
    expect(await page.isVisible('#more')).toBe(false);
  });

  it('a paragraph’s ¶ 链接 引用 are hidden at rest and shown on hover, on keyboard focus and on the linked paragraph', async () => {
    await page.goto(`${s.origin}/documents/lzf-2023-2/`);
    await page.mouse.move(0, 0);
    expect(await toolsOpacity(page, 'plan-s2-p2')).toBe('0');
    expect(await toolsOpacity(page, 'plan-s2')).toBe('0');
    await page.hover('#plan-s2-p2');
    expect(await toolsOpacity(page, 'plan-s2-p2')).toBe('1');
    expect(await toolsOpacity(page, 'plan-s2-p3')).toBe('0');
    // keyboard: Tab from the paragraph's ¶ link reaches its 链接 button, and the tools stay shown
    await page.mouse.move(0, 0);
    await page.focus('#plan-s2-p3 .pm');
    expect(await toolsOpacity(page, 'plan-s2-p3')).toBe('1');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('复制本段链接');
    expect(await toolsOpacity(page, 'plan-s2-p3')).toBe('1');
    // a permanent link opens with the target's tools shown
    await page.goto(`${s.origin}/documents/lzf-2023-2/#plan-s2-p2`);
    await page.mouse.move(0, 0);
    expect(await toolsOpacity(page, 'plan-s2-p2')).toBe('1');
    expect(await toolsOpacity(page, 'plan-s2-p3')).toBe('0');
  });

  it('on a touch screen (no hover) a block’s tools show when its text is tapped, hide on a tap elsewhere, and keep axe’s contrast', async () => {
    const touch = await s.browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    const phone = await touch.newPage();
    try {
      await phone.goto(`${s.origin}/documents/lzf-2023-2/`);
      expect(await phone.evaluate(() => matchMedia('(hover: none)').matches)).toBe(true);
      expect(await toolsOpacity(phone, 'plan-s2-p2')).toBe('0');
      await phone.tap('#plan-s2-p2', { position: { x: 40, y: 10 } });
      expect(await toolsOpacity(phone, 'plan-s2-p2')).toBe('1');
      expect(await toolsOpacity(phone, 'plan-s2-p3')).toBe('0');
      await phone.evaluate(axeSource);
      const contrast = await phone.evaluate(async () => {
        type Violation = { nodes: { target: string[] }[] };
        const axe = (window as unknown as { axe: { run: (c: string, o: object) => Promise<{ violations: Violation[] }> } }).axe;
        const r = await axe.run('#plan-s2-p2', { runOnly: ['color-contrast'], resultTypes: ['violations'] });
        return r.violations.flatMap((v) => v.nodes.map((n) => n.target.join(' ')));
      });
      expect(contrast).toEqual([]);
      await phone.tap('#plan-s2-p3', { position: { x: 40, y: 10 } });
      expect(await toolsOpacity(phone, 'plan-s2-p2')).toBe('0');
      expect(await toolsOpacity(phone, 'plan-s2-p3')).toBe('1');
    } finally {
      await touch.close();
    }
  });

  it('the documents index narrows by 文种 and issuer exactly as documents.json says, and keeps the filter in the URL', async () => {
    const visible = () =>
      page.$$eval('#doc-groups li:not([hidden]) a', (as) => as.map((a) => a.getAttribute('href')!.split('/')[2]!).sort());
    const slugs = (keep: (d: ExportedDoc) => boolean) =>
      DOCUMENTS.filter(keep)
        .map((d) => d.slug)
        .sort();
    await page.goto(`${s.origin}/documents/`);
    expect(await visible()).toEqual(slugs(() => true));
    await page.selectOption('#f-type', '通知');
    const notices = slugs((d) => d.type === '通知');
    expect(notices.length).toBeGreaterThan(5);
    expect(await visible()).toEqual(notices);
    await page.selectOption('#f-issuer', '临汾市人民政府');
    const both = slugs((d) => d.type === '通知' && d.issuer === '临汾市人民政府');
    expect(both.length).toBeGreaterThan(0);
    expect(both.length).toBeLessThan(notices.length);
    expect(await visible()).toEqual(both);
    expect(await page.textContent('#docs-count')).toBe(
      `共${both.length}件（筛选：文种：通知；发文机关：临汾市人民政府；全部${DOCUMENTS.length}件）`,
    );
    expect(new URL(page.url()).search).toBe(`?type=${encodeURIComponent('通知')}&issuer=${encodeURIComponent('临汾市人民政府')}`);
    await page.reload();
    expect(await visible()).toEqual(both);
    expect(await page.inputValue('#f-issuer')).toBe('临汾市人民政府');
    // a year and an issue no document matches with a 批复 from the government itself leaves the page saying so
    await page.goto(`${s.origin}/documents/?year=2023&issue=2023-02&type=${encodeURIComponent('批复')}`);
    expect(await visible()).toEqual(slugs((d) => d.type === '批复' && d.issue === '2023-02'));
  });

  it('home → latest issue → document → its issue, by clicking real links', async () => {
    const latest = committedIssues(ROOT).at(-1)!;
    const issueUrl = `/issues/${latest.id}/`;
    const first = DOCUMENTS.filter((d) => d.issue === latest.id).sort((a, b) => a.order - b.order)[0]!;
    await page.goto(`${s.origin}/`);
    await Promise.all([page.waitForURL(`**${issueUrl}`), page.click('.latest-issue h2 a')]);
    expect(await page.textContent('h1')).toBe(latest.title);
    await Promise.all([page.waitForURL(`**/documents/${first.slug}/`), page.click(`main a[href="/documents/${first.slug}/"]`)]);
    await Promise.all([page.waitForURL(`**${issueUrl}`), page.click(`.meta-panel a[href="${issueUrl}"]`)]);
    await Promise.all([page.waitForURL('**/issues/'), page.click('.crumbs a[href="/issues/"]')]);
    expect(await page.locator(`main a[href="${issueUrl}"]`).count()).toBe(1);
  });

  it('no page visited logged a console error or failed a request', () => {
    expect(s.consoleErrors).toEqual([]);
    expect(s.failed).toEqual([]);
  });
});
