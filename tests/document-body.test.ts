/** A document's body read back from the Markdown file the pipeline writes (src/lib/document-body.ts). */
import { expect, test } from 'vitest';
import { markdownBody } from '../src/lib/document-body.ts';
import { serialize } from '../scripts/pipeline/7-emit/markdown.ts';

test('the body of a file the pipeline writes is what follows its front matter, as written: a --- in a front-matter value or in the body does not cut it', () => {
  const body = [
    { type: 'paragraph' as const, children: [{ type: 'text' as const, value: '各县（市、区）人民政府，市人民政府各委、办、局：' }] },
    { type: 'thematicBreak' as const },
    { type: 'paragraph' as const, children: [{ type: 'text' as const, value: '现将《临汾市营商环境创新提升行动方案》印发给你们。' }] },
  ];
  const file = serialize({ slug: 'lzf-2023-2', title: '关于 --- 的通知', note: 'a\n---\nb' }, body);
  expect(markdownBody(file)).toBe(
    '各县（市、区）人民政府，市人民政府各委、办、局：\n\n---\n\n现将《临汾市营商环境创新提升行动方案》印发给你们。',
  );
});

test.each([
  ['---\nslug: a\n---\n\n正文\n', '正文'],
  ['---\r\nslug: a\r\n---\r\n正文', '正文'],
  ['---\nslug: a\n---', ''],
  ['没有前置元数据\n', '没有前置元数据'],
])('the body of %j', (text, body) => {
  expect(markdownBody(text)).toBe(body);
});
