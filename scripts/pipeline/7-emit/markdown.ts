/**
 * Markdown for every record kind, built as mdast and serialized by remark-stringify with YAML
 * frontmatter and GFM tables. Text is never pasted in as raw Markdown: it always travels as text
 * nodes, so characters such as * _ < | in the source are escaped rather than interpreted.
 * An article of a regulation is a paragraph opening with its label in bold (**第十二条** …); a
 * note of the pipeline's own is a block quote, the only one a document has, so it is never
 * taken for source text.
 */
import type { Heading, List, PhrasingContent, Root, RootContent, TableRow } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { stringify as stringifyYaml } from 'yaml';
import type { AnchoredBlock } from '../6-link/anchors.ts';
import type { Block, ListItem } from '../blocks.ts';
import type { ItemRecord, UnitRecord } from '../../../model/schema.ts';

const processor = unified()
  .use(remarkParse)
  .use(remarkFrontmatter, ['yaml'])
  .use(remarkGfm)
  .use(remarkStringify, { bullet: '-', fences: true, rule: '-' });

const text = (value: string): PhrasingContent => ({ type: 'text', value });

/** Lines of one paragraph separated by hard breaks. */
function lines(values: string[]): PhrasingContent[] {
  return values.flatMap((value, i) => (i === 0 ? [text(value)] : [{ type: 'break' } as PhrasingContent, text(value)]));
}

function tableRow(cells: string[]): TableRow {
  return { type: 'tableRow', children: cells.map((cell) => ({ type: 'tableCell', children: cell ? [text(cell)] : [] })) };
}

/** A list and the lists nested in its entries. */
function listNode(items: ListItem[], start?: number): List {
  return {
    type: 'list',
    ordered: start !== undefined,
    ...(start !== undefined ? { start } : {}),
    spread: false,
    children: items.map((item) => ({
      type: 'listItem',
      spread: false,
      children: [{ type: 'paragraph', children: [text(item.text)] }, ...(item.items ? [listNode(item.items)] : [])],
    })),
  };
}

/**
 * A paragraph opening with its run-in heading as strong text. The lead's closing 。 or ： stays
 * outside: CommonMark would not close ** between punctuation and a character, and the writer
 * would escape the character.
 */
function leadParagraph(lead: string, text: string): RootContent {
  const strong = lead.replace(/[。：]$/, '');
  return {
    type: 'paragraph',
    children: [
      { type: 'strong', children: [{ type: 'text', value: strong }] },
      { type: 'text', value: text.slice(strong.length) },
    ],
  };
}

/**
 * mdast of one block; heading depth shifts by one inside an issued plan or an annex. A run-in
 * heading's lead is strong text at the head of its paragraph; a closing block is one paragraph,
 * a line each.
 */
export function blockNode(block: Block, nested: boolean): RootContent {
  switch (block.kind) {
    case 'heading':
      return {
        type: 'heading',
        depth: Math.min(6, block.level === 0 ? 2 : block.level + (nested ? 2 : 1)) as Heading['depth'],
        children: [text(block.text)],
      };
    case 'runin':
      return leadParagraph(block.lead, block.text);
    case 'paragraph':
      return block.lead ? leadParagraph(block.lead, block.text.join('')) : { type: 'paragraph', children: lines(block.text) };
    case 'closing':
      return { type: 'paragraph', children: lines(block.text) };
    case 'list':
      return listNode(block.items, block.start);
    case 'table':
      return { type: 'table', align: block.header.map(() => null), children: [tableRow(block.header), ...block.rows.map(tableRow)] };
    case 'article':
      return {
        type: 'paragraph',
        children: [{ type: 'strong', children: [text(block.label)] }, text(block.text.slice(block.label.length))],
      };
    case 'note':
      return { type: 'blockquote', children: [{ type: 'paragraph', children: [text(block.text)] }] };
  }
}

export function serialize(frontmatter: object, body: RootContent[]): string {
  const tree: Root = { type: 'root', children: [{ type: 'yaml', value: stringifyYaml(frontmatter, { lineWidth: 0 }).trimEnd() }, ...body] };
  return processor.stringify(tree);
}

/** Parses Markdown written by `serialize` back to frontmatter text and top-level body nodes. */
export function parseMarkdown(markdown: string): { yaml: string; body: RootContent[] } {
  const tree = processor.parse(markdown);
  const [first, ...rest] = tree.children;
  return first?.type === 'yaml' ? { yaml: first.value, body: rest } : { yaml: '', body: tree.children };
}

export function documentMarkdown(frontmatter: object, blocks: AnchoredBlock[]): string {
  return serialize(
    frontmatter,
    blocks.map(({ block, part }) => blockNode(block, part.kind !== 'main')),
  );
}

export function itemMarkdown(item: ItemRecord): string {
  const body: RootContent[] = item.rows.flatMap((row) => [
    { type: 'paragraph', children: [text(row.measures)] } as RootContent,
    { type: 'paragraph', children: [text(row.units.join('、'))] } as RootContent,
  ]);
  return serialize(item, body);
}

export function unitMarkdown(unit: UnitRecord): string {
  return serialize(unit, []);
}
