/**
 * The reader's pass (issue 16) in Chromium, at 1366 and 390 px and in print: tables legible, the
 * text first on a phone, a 目录 everywhere, tools that take no room, faithful 繁體, full-width quotes,
 * citations, print, and axe with no violation at all.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { TEST_SITE_URL } from '../support/site.ts';
import { open, SKIP_BROWSER, type Session } from '../support/browser.ts';

const DESKTOP = { width: 1366, height: 900 };
const PHONE = { width: 390, height: 844 };
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Every axe violation, whatever its impact. */
async function violations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (
      window as unknown as { axe: { run: (d: Document) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }
    ).axe;
    return (await axe.run(document)).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

/** Table cells that read badly: a number or short token broken over lines, or a cell of more than 8 characters squeezed narrower than `min` px (cards excepted). */
function badCells(page: Page, min: number) {
  return page.evaluate((min) => {
    const lines = (el: Element) => {
      const r = document.createRange();
      r.selectNodeContents(el);
      return new Set([...r.getClientRects()].filter((x) => x.width > 0).map((x) => Math.round(x.top))).size;
    };
    const broken: string[] = [];
    const narrow: string[] = [];
    for (const td of document.querySelectorAll<HTMLElement>('main td')) {
      const text = (td.textContent ?? '').trim();
      if (!text || td.offsetParent === null) continue;
      const card = getComputedStyle(td.parentElement!).display === 'block';
      if (/^[∗*]?[\d.,%]+$/.test(text) && lines(td) > 1) broken.push(text);
      if ([...text].length > 8 && !card && td.getBoundingClientRect().width < min) narrow.push(text.slice(0, 12));
    }
    return { broken, narrow };
  }, min);
}

describe.skipIf(SKIP_BROWSER)('the reader’s pass in Chromium', { timeout: 90_000 }, () => {
  let s: Session;
  let page: Page;
  beforeAll(async () => {
    s = await open(DESKTOP);
    page = s.page;
    await s.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: s.origin });
  }, 60_000);
  afterAll(async () => {
    await s?.close();
  });
  const at = async (viewport: { width: number; height: number }, url: string) => {
    await page.setViewportSize(viewport);
    await page.goto(`${s.origin}${url}`);
  };

  describe.each([
    ['desktop', DESKTOP, 110],
    ['phone', PHONE, 80],
  ] as const)('tables on the %s', (_, viewport, min) => {
    it.each(['/documents/lzf-2023-2/', '/documents/lzbf-2023-2/', '/units/', '/items/', '/items/lzf-2023-2-007/'])(
      '%s breaks no number over lines and squeezes no long cell',
      async (url) => {
        await at(viewport, url);
        expect(await badCells(page, min)).toEqual({ broken: [], narrow: [] });
      },
    );
  });

  it('on a phone each row of the reform table is a card titled 序号 · 改革事项', async () => {
    await at(PHONE, '/documents/lzf-2023-2/');
    const card = await page.$eval('#annex1-p3-r1', (tr) => ({
      display: getComputedStyle(tr).display,
      title:
        (tr.querySelector('td:nth-child(2)') as HTMLElement).getBoundingClientRect().top -
        (tr.querySelector('td') as HTMLElement).getBoundingClientRect().top,
      label: getComputedStyle(tr.querySelector('td:nth-child(3)')!, '::before').content,
    }));
    expect(card).toEqual({ display: 'block', title: 0, label: '"具体举措："' });
  });

  it('the header of the 104-item table stays in view while it scrolls (desktop)', async () => {
    await at(DESKTOP, '/documents/lzf-2023-2/');
    await page.evaluate(() => document.getElementById('annex1-p3-r50')!.scrollIntoView());
    const top = await page.$eval('#annex1-p3 thead th', (th) => th.getBoundingClientRect().top);
    expect(Math.abs(top)).toBeLessThan(2);
  });

  it('on a phone the header is one row and the text of 临政发〔2023〕2号 starts within 1.5 screens', async () => {
    await at(PHONE, '/documents/lzf-2023-2/');
    expect(await page.$eval('.site-header', (h) => h.getBoundingClientRect().height)).toBeLessThan(64);
    const start = await page.$eval('.body > p', (p) => p.getBoundingClientRect().top + window.scrollY);
    expect(start).toBeLessThan(PHONE.height * 1.5);
    // navigation, search and 繁體 are one tap away
    await page.click('.menu > summary');
    expect(await page.isVisible('#zh-toggle')).toBe(true);
    expect(await page.isVisible('#site-q')).toBe(true);
  });

  it('a phone has a folded 目录; the desktop 目录 marks the section in view; 回到顶部 returns to the title', async () => {
    await at(PHONE, '/documents/lzf-2023-2/');
    expect(await page.isVisible('.toc-phone summary')).toBe(true);
    expect(await page.isVisible('.toc-phone ol a')).toBe(false);
    await page.click('.toc-phone summary');
    expect(await page.isVisible('.toc-phone a[href="#plan-s3"]')).toBe(true);
    await at(DESKTOP, '/documents/lzf-2023-2/');
    await page.evaluate(() => window.scrollTo(0, document.getElementById('plan-s3-2')!.getBoundingClientRect().top + window.scrollY - 50));
    await page.waitForFunction(() => document.querySelector('.toc-side a[aria-current="true"]')?.getAttribute('href') === '#plan-s3-2');
    await page.click('.to-top');
    await page.waitForFunction(() => window.scrollY < 200);
  });

  it('the metadata panel folds 涉及单位 behind its count and numbers attachments once', async () => {
    await at(DESKTOP, '/documents/lzbf-2023-2/');
    expect(await page.isVisible('.meta-panel .fold a')).toBe(false);
    expect(await page.textContent('.meta-panel .fold summary')).toMatch(/^共\d+个$/);
    const attachments = await page.$$eval('.meta-row', (rows) =>
      rows
        .filter((r) => r.querySelector('dt')!.textContent === '附件')
        .flatMap((r) => [...r.querySelectorAll('li')].map((li) => (li as HTMLElement).innerText)),
    );
    expect(attachments[0]).toBe('1. 临汾市推动焦化行业高质量发展领导小组');
    expect(attachments).toHaveLength(4);
  });

  it.each([
    ['desktop', DESKTOP],
    ['phone', PHONE],
  ] as const)('no block holds a line of hidden tools (%s), and each block is one tab stop', async (_, viewport) => {
    await at(viewport, '/documents/lzbf-2023-2/');
    await page.mouse.move(0, 0);
    const grown = await page.evaluate(() => {
      const blocks = [...document.querySelectorAll<HTMLElement>('.body > :is(p, h2, h3, h4, h5, h6)')];
      const before = blocks.map((b) => b.getBoundingClientRect().height);
      document.body.classList.add('x');
      for (const t of document.querySelectorAll<HTMLElement>('.body .tools')) t.style.display = 'none';
      return blocks.filter((b, i) => b.getBoundingClientRect().height !== before[i]).map((b) => b.id);
    });
    expect(grown).toEqual([]);
    const stops = await page.$$eval('.body .tools', (all) =>
      all.map((t) => [...t.querySelectorAll<HTMLElement>('a, button')].filter((e) => e.tabIndex >= 0).length),
    );
    expect(new Set(stops)).toEqual(new Set([1]));
  });

  it('“ is set at full width', async () => {
    await at(DESKTOP, '/documents/lzf-2023-2/');
    const ratio = await page.evaluate(() => {
      const width = (t: string) => {
        const sp = document.createElement('span');
        sp.textContent = t;
        document.querySelector('.body')!.append(sp);
        const w = sp.getBoundingClientRect().width;
        sp.remove();
        return w;
      };
      return width('“') / width('中');
    });
    expect(ratio).toBeGreaterThan(0.9);
  });

  it('繁體 converts by phrase, keeps names and 文号 as printed, switches lang and the UI strings', async () => {
    await at(DESKTOP, '/documents/lzbf-2023-2/');
    await page.click('#zh-toggle');
    await page.waitForFunction(() => document.documentElement.lang === 'zh-Hant');
    const text = await page.textContent('.body');
    expect(text).toContain('乾熄焦');
    expect(text).not.toContain('幹熄焦');
    expect(text).toContain('余瑞金');
    expect(text).not.toContain('餘瑞金');
    expect(text).toContain('餘熱發電');
    expect(await page.textContent('.kicker .num')).toBe('临政办发〔2023〕2号');
    expect(await page.getAttribute('#site-q', 'placeholder')).toBe('搜索：事項、單位、文號…');
    // a card's column name (shown on a phone) too
    expect(await page.getAttribute('.body td[data-label]', 'data-label')).toBe('序號');
    await page.goto(`${s.origin}/documents/lzf-2023-1/`);
    await page.waitForFunction(() => document.documentElement.lang === 'zh-Hant');
    expect(await page.textContent('.body')).toContain('寬、鬆、軟');
    await page.click('#zh-toggle');
    await page.waitForFunction(() => document.documentElement.lang === 'zh-CN');
    expect(await page.textContent('.body')).toContain('宽、松、软');
  });

  it('a heading cites itself, a notice’s paragraph the notice, with the canonical address', async () => {
    await at(DESKTOP, '/documents/lzbf-2023-2/');
    const cite = async (id: string) => {
      await page.hover(`#${id}`);
      await page.click(`#${id} button.cp[data-act="cite"]`);
      await page.waitForFunction(() => document.querySelector('[role=status]')?.textContent === '已复制引用');
      await page.evaluate(() => (document.querySelector('[role=status]')!.textContent = ''));
      return page.evaluate(() => navigator.clipboard.readText());
    };
    expect(await cite('plan-s5')).toBe(
      `《临汾市推动焦化行业高质量发展实施方案》（临政办发〔2023〕2号）“五、推进举措” ${TEST_SITE_URL}/documents/lzbf-2023-2/#plan-s5`,
    );
    expect(await cite('p1')).toBe(
      `《临汾市人民政府办公室关于印发临汾市推动焦化行业高质量发展实施方案的通知》（临政办发〔2023〕2号） ${TEST_SITE_URL}/documents/lzbf-2023-2/#p1`,
    );
    // the 推进举措 heading links its item page
    expect(await page.getAttribute('#plan-s5-3 + .task-items a', 'href')).toBe('/items/lzbf-2023-2-03/');
  });

  it('a reform item’s lead is 推定牵头, one click from the rule', async () => {
    await at(DESKTOP, '/items/lzf-2023-2-007/');
    expect(await page.textContent('a.role')).toBe('推定牵头');
    await page.click('a.role');
    expect(await page.textContent('#role-rule')).toContain('本站按列出顺序推定');
  });

  it('printed, page 1 names the address and the 文号 and starts the text after a compact metadata block', async () => {
    await page.setViewportSize({ width: 700, height: 1000 });
    await page.goto(`${s.origin}/documents/lzf-2023-2/`);
    await page.emulateMedia({ media: 'print' });
    const first = await page.evaluate(() => ({
      head: (document.querySelector('.print-head') as HTMLElement).innerText,
      text: document.querySelector('.body > p')!.getBoundingClientRect().bottom,
      status: getComputedStyle(document.querySelector('.status')!).color,
    }));
    // an A4 page holds about 1,000 CSS px of text between the margins
    expect(first.text).toBeLessThan(900);
    expect(first.head).toContain(`${TEST_SITE_URL}/documents/lzf-2023-2/`);
    expect(first.head).toContain('临政发〔2023〕2号');
    expect(first.head).toContain('以公报印发文本为准');
    expect(first.status).toBe('rgb(0, 0, 0)');
    const pdf = await page.pdf({ format: 'A4' });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
    expect(pages).toBeGreaterThan(5);
    expect(pages).toBeLessThan(25);
    await page.emulateMedia({ media: 'screen' });
  });

  it.each([
    ['home', '/', DESKTOP],
    ['document, desktop', '/documents/lzf-2023-2/', DESKTOP],
    ['document, phone', '/documents/lzf-2023-2/', PHONE],
    ['unit, phone', '/units/finance/', PHONE],
    ['items index, phone', '/items/', PHONE],
  ] as const)('the %s page has no axe violation at all', async (_, url, viewport) => {
    await at(viewport, url);
    expect(await violations(page)).toEqual([]);
  });
});
