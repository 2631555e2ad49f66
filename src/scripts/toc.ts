/** A document page: the 目录 marks the section in view (aria-current on its link), and 回到顶部 shows once the title is out of view. */
import { TOC_CLASS, TOP_ID } from '../lib/markup.ts';

export function watchContents(): void {
  if (!document.getElementById(TOP_ID)) return;
  const links = [...document.querySelectorAll<HTMLAnchorElement>(`.${TOC_CLASS} a[href^="#"]`)];
  const targets = [...new Set(links.map((a) => decodeURIComponent(a.hash.slice(1))))]
    .map((id) => document.getElementById(id))
    .filter((e): e is HTMLElement => e !== null);

  let current = '';
  function mark() {
    // the last section whose heading has passed the top quarter of the window
    const line = window.innerHeight / 4;
    let id = '';
    for (const t of targets) {
      if (t.getBoundingClientRect().top <= line) id = t.id;
      else break;
    }
    document.documentElement.classList.toggle('scrolled', (document.getElementById(TOP_ID)?.getBoundingClientRect().bottom ?? 0) < 0);
    if (id === current) return;
    current = id;
    for (const a of links) {
      if (a.hash === `#${id}`) a.setAttribute('aria-current', 'true');
      else a.removeAttribute('aria-current');
    }
  }
  let queued = false;
  window.addEventListener(
    'scroll',
    () => {
      if (queued) return;
      queued = true;
      requestAnimationFrame(() => {
        queued = false;
        mark();
      });
    },
    { passive: true },
  );
  mark();
}
