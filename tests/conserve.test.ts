/** The conservation check (scripts/pipeline/7-emit/conserve.ts) holds the record's block kinds to the Markdown written for them. */
import { expect, test } from 'vitest';
import type { SourceLine } from '../scripts/pipeline/2-clean.ts';
import type { LinkedDocument } from '../scripts/pipeline/6-link/link.ts';
import { checkConservation } from '../scripts/pipeline/7-emit/conserve.ts';
import { MessageLog } from '../scripts/lib/messages.ts';
import type { BlockKind } from '../model/schema.ts';

const line = (no: number, text: string) => ({ no, raw: text, text, gap: 0, pageStart: false, mark: 0 }) as SourceLine;
const title = line(1, '关于做好2023年安全生产工作的通知');
const number = line(2, '临政发〔2023〕1号');
const body = [line(3, '一、总体要求'), line(4, '坚持人民至上。')];

/** One document, its two body blocks recorded with `kinds`, written as a heading and a paragraph. */
function check(kinds: [BlockKind, BlockKind]): string[] {
  const record = {
    slug: 'lzf-2023-1',
    number: '临政发〔2023〕1号',
    title: title.text,
    blocks: [
      { anchor: 's1', kind: kinds[0] },
      { anchor: 's1-p1', kind: kinds[1] },
    ],
  };
  const parsed = { source: { issuerLines: [], titleLines: [title], numberLine: number, bodyLines: body, order: false } };
  const log = new MessageLog();
  const markdown = new Map([['lzf-2023-1', '---\nslug: lzf-2023-1\n---\n\n## 一、总体要求\n\n坚持人民至上。\n']]);
  checkConservation('2023-01.txt', [title, number, ...body], [{ record, parsed } as unknown as LinkedDocument], markdown, log, {
    lines: [],
    markdown: '',
  });
  return log.errors.map((m) => m.reason);
}

test('blocks whose recorded kinds read back as the Markdown written for them pass', () => {
  expect(check(['heading', 'paragraph'])).toEqual([]);
});

test('a block recorded as one kind but written as another is a conservation error naming its anchor', () => {
  expect(check(['heading', 'table'])).toEqual([
    'document 临政发〔2023〕1号: block #s1-p1 is recorded as table but reads back as a Markdown paragraph',
  ]);
});
