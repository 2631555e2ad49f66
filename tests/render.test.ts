/**
 * The document renderer's transforms (src/render/), one fixture folder each:
 * tests/fixtures/render/<transform>/<case>/{input.html or input.md, context.json, output.html}.
 * Regenerate the outputs with UPDATE=1 npx vitest run tests/render.test.ts, then read the diff.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, test } from 'vitest';
import { linkAnnexRows, type AnnexItem } from '../src/render/annex-row-links.ts';
import { linkCitations, type CitedDocument } from '../src/render/citation-links.ts';
import { bodyToHast, renderDocument } from '../src/render/document.ts';
import { assignIds } from '../src/render/ids.ts';
import { addParagraphTools } from '../src/render/paragraph-tools.ts';
import { markClosing } from '../src/render/closing.ts';
import { tableOfContents } from '../src/render/toc.ts';
import { wrapTables } from '../src/render/tables.ts';
import { linkTasks, type TaskItem } from '../src/render/task-links.ts';
import { markAsPrinted, personNames } from '../src/render/as-printed.ts';
import type { BodyBlock, Citation } from '../model/schema.ts';
import { expectFixture, fixtureCases, FIXTURES } from './support/fixtures.ts';

interface Context {
  blocks?: BodyBlock[];
  citations?: Citation[];
  documents?: CitedDocument[];
  items?: (AnnexItem & TaskItem)[];
  /** the document's 文号 (as-printed, document) */
  number?: string;
  /** the plan the document issues (citation-links) */
  issues?: string;
}

const blocksOf = (...pairs: [string, BodyBlock['kind']][]): BodyBlock[] => pairs.map(([anchor, kind]) => ({ anchor, kind }));

const documents = (c: Context) => new Map((c.documents ?? []).map((d) => [d.slug, d]));

/** Each transform, applied to a fixture's input: a hast body (input.html) or Markdown (input.md). */
const TRANSFORMS: Record<string, (input: string, c: Context) => Root> = {
  ids: (input, c) => apply(input, (root) => assignIds(root, c.blocks ?? [], 'input.html')),
  'citation-links': (input, c) => apply(input, (root) => linkCitations(root, c.citations ?? [], documents(c), c.issues)),
  'paragraph-tools': (input, c) => apply(input, (root) => addParagraphTools(root, c.blocks ?? [])),
  closing: (input, c) => apply(input, (root) => (markClosing(root, c.blocks ?? []), addParagraphTools(root, c.blocks ?? []))),
  'annex-row-links': (input, c) => apply(input, (root) => linkAnnexRows(root, c.items ?? [])),
  tables: (input) => apply(input, wrapTables),
  'task-links': (input, c) => apply(input, (root) => linkTasks(root, c.items ?? [])),
  sanitize: (input) => bodyToHast(input).root,
  'as-printed': (input, c) => apply(input, (root) => markAsPrinted(root, [...personNames(root), ...(c.number ? [c.number] : [])])),
  document: (input, c) => {
    const doc = { body: input, file: 'input.md', blocks: c.blocks ?? [], citations: c.citations ?? [], number: c.number ?? '' };
    return fromHtml(renderDocument({ doc, items: c.items ?? [], documents: documents(c) }).html, { fragment: true });
  },
};

/** Parses a fixture body (one block per line) and applies `transform` to its blocks. */
function apply(html: string, transform: (root: Root) => void): Root {
  const root = fromHtml(html, { fragment: true });
  root.children = root.children.filter((c) => !(c.type === 'text' && c.value.trim() === ''));
  transform(root);
  return root;
}

/** One top-level block per line, so a fixture's diff shows which block changed. */
const serialize = (root: Root) => `${root.children.map((c) => toHtml(c)).join('\n')}\n`;

const fixtures = join(FIXTURES, 'render');

describe.each(fixtureCases(fixtures))('%s', (transform) => {
  test.each(fixtureCases(join(fixtures, transform)))('%s', (name) => {
    const dir = join(fixtures, transform, name);
    const inputFile = ['input.html', 'input.md'].map((f) => join(dir, f)).find(existsSync)!;
    const context = existsSync(join(dir, 'context.json')) ? (JSON.parse(readFileSync(join(dir, 'context.json'), 'utf8')) as Context) : {};
    const actual = serialize(TRANSFORMS[transform]!(readFileSync(inputFile, 'utf8'), context));
    expectFixture(join(dir, 'output.html'), actual);
  });
});

test('a body whose blocks and anchors differ in number is refused, naming the file', () => {
  expect(() => TRANSFORMS.ids!('<p>一</p><p>二</p>', { blocks: [{ anchor: 'p1', kind: 'paragraph' }] })).toThrow(
    'input.html: body has 2 top-level blocks but front matter lists 1 blocks',
  );
});

test('an item whose row is not in its table is refused', () => {
  const table = '<table id="annex1-p3"><tbody><tr><td>1</td></tr></tbody></table>';
  const item = {
    slug: 'lzf-2023-2-002',
    no: 2,
    name: '清理',
    national: false,
    anchor: 'annex1-p3-r2',
    tableRow: { table: 'annex1-p3', index: 1 },
  };
  expect(() => TRANSFORMS['annex-row-links']!(table, { items: [item] })).toThrow('item lzf-2023-2-002: table annex1-p3 has no row 1');
});

test('the table of contents lists run-in headings one level below the heading they stand under', () => {
  const { markdown } = bodyToHast(
    '## 五、工作要求\n\n**（一）强化组织领导**。清理是重要举措。\n\n各县也要成立领导机构。\n\n**（二）夯实工作基础**。各县要梳理。\n',
  );
  const recorded = blocksOf(['s5', 'heading'], ['s5-1', 'runin'], ['s5-1-p1', 'paragraph'], ['s5-2', 'runin']);
  expect(tableOfContents(markdown.children, recorded)).toEqual([
    { id: 's5', depth: 2, text: '五、工作要求' },
    { id: 's5-1', depth: 3, text: '（一）强化组织领导' },
    { id: 's5-2', depth: 3, text: '（二）夯实工作基础' },
  ]);
});

test('the chapters of a regulation are its contents, not its articles', () => {
  const { markdown } = bodyToHast('### 第一章 总则\n\n**第一条** 为了促进城市绿化事业发展，制定本办法。\n\n### 第二章 规划与建设\n');
  const recorded = blocksOf(['ch1', 'heading'], ['art-1', 'article'], ['ch2', 'heading']);
  expect(tableOfContents(markdown.children, recorded).map((e) => e.id)).toEqual(['ch1', 'ch2']);
});
