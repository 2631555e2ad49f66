/** The site's own wording in built pages, held to the source's full-width punctuation. */
import { readFileSync } from 'node:fs';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import type { Root } from 'hast';

const AGAINST = /.{0,6}(?:[\u4e00-\u9fff][,:;()?!]|[,:;()?!][\u4e00-\u9fff]).{0,6}/g;

/**
 * Every place in `files` (built HTML pages) where ASCII punctuation stands against Chinese, in the
 * text or the placeholder, title, label and alt attributes, as `<name>: <context>`. The source's own
 * punctuation is restored to full width by the fullwidth-punctuation normalization; this holds the
 * site's own wording (and citations it composes) to the same.
 */
export function asciiPunctuationAgainstChinese(files: string[], name: (file: string) => string): string[] {
  const found: string[] = [];
  for (const f of files) {
    visit(fromHtml(readFileSync(f, 'utf8')) as Root, (node, _i, parent) => {
      const texts: string[] = [];
      if (node.type === 'text' && !(parent?.type === 'element' && ['script', 'style'].includes(parent.tagName))) texts.push(node.value);
      if (node.type === 'element')
        for (const k of ['placeholder', 'title', 'ariaLabel', 'alt'])
          if (typeof node.properties[k] === 'string') texts.push(node.properties[k]);
      for (const t of texts) for (const m of t.matchAll(AGAINST)) found.push(`${name(f)}: ${m[0]}`);
    });
  }
  return found;
}
