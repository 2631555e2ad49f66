/**
 * npm run structure [-- <slug> …] — prints the block structure of emitted documents as JSON, in
 * the form of shared/reference/structure-sample.json: each block's kind (`h` heading, `p`
 * paragraph, `runin` paragraph with a run-in heading, `li` list entry, `closing` 落款 or 公开方式
 * line, `table`) and its text with all whitespace removed. The title and 文号 come first, as
 * printed above the text; a regulation's articles, opening with their label in bold, read as `runin`.
 * Read back from content/documents/*.md, so it shows what readers get; each block's kind is the one
 * its record carries (`blocks`).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { List, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { parse as parseYaml } from 'yaml';
import type { BlockKind, DocumentRecord } from '../model/schema.ts';
import { parseMarkdown } from './pipeline/7-emit/markdown.ts';

export interface StructureBlock {
  k: 'h' | 'p' | 'runin' | 'li' | 'closing' | 'table';
  t: string;
}

const compact = (s: string) => s.replace(/\s+/g, '');

function listEntries(list: List): StructureBlock[] {
  return list.children.flatMap((item, i) => {
    const number = list.ordered ? `${(list.start ?? 1) + i}.` : '';
    const [first, ...nested] = item.children;
    const own: StructureBlock = { k: 'li', t: compact(number + (first ? toString(first) : '')) };
    return [
      own,
      ...nested.flatMap((node) => (node.type === 'list' ? listEntries(node) : [{ k: 'p' as const, t: compact(toString(node)) }])),
    ];
  });
}

/** A block as the structure reads it, by the kind the record gives it. */
function blockStructure(node: RootContent, kind: BlockKind | undefined): StructureBlock[] {
  switch (kind) {
    case 'heading':
      return [{ k: 'h', t: compact(toString(node)) }];
    case 'list':
      return node.type === 'list' ? listEntries(node) : [];
    case 'table':
      return [{ k: 'table', t: compact(toString(node)) }];
    case 'note':
      return []; // the pipeline's own note (a table kept line by line), not text of the source
    case 'closing': {
      const lines: string[] = [''];
      for (const child of node.type === 'paragraph' ? node.children : []) {
        if (child.type === 'break') lines.push('');
        else lines[lines.length - 1] += toString(child);
      }
      return lines.map((t) => ({ k: 'closing', t: compact(t) }));
    }
    case 'runin':
    case 'article':
      return [{ k: 'runin', t: compact(toString(node)) }];
    default:
      return [{ k: 'p', t: compact(toString(node)) }];
  }
}

/** Block structure of one emitted document (its Markdown file's text). */
export function documentStructure(markdown: string): StructureBlock[] {
  const { yaml, body } = parseMarkdown(markdown);
  const front = parseYaml(yaml) as Pick<DocumentRecord, 'title' | 'number' | 'blocks'>;
  return [
    { k: 'h', t: compact(front.title) },
    ...(front.number ? [{ k: 'p' as const, t: front.number }] : []), // a 政策解读 has no 文号
    ...body.flatMap((node, i) => blockStructure(node, front.blocks[i]?.kind)),
  ];
}

function main(): void {
  const dir = join(dirname(fileURLToPath(import.meta.url)), '../content/documents');
  const wanted = process.argv.slice(2);
  const out: Record<string, StructureBlock[]> = {};
  for (const file of readdirSync(dir).sort()) {
    const markdown = readFileSync(join(dir, file), 'utf8');
    const number = /^number: (.+)$/m.exec(markdown)?.[1] ?? file;
    if (wanted.length === 0 || wanted.includes(file.replace(/\.md$/, '')) || wanted.includes(number))
      out[number] = documentStructure(markdown);
  }
  console.log(JSON.stringify(out, null, 1));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
