/**
 * Paragraph tools: every heading and paragraph ends with a permalink (# or ¶) and buttons that copy
 * its link or a citation of it (wired up by src/scripts/site.ts). Kept out of the search index.
 *
 * An article of a regulation (a block the pipeline recorded as an `article`, opening with its label
 * in strong text) is cited on its own,
 * as 《regulation title》 and the label as printed (《临汾市城市绿化管理办法》第十二条): the block
 * carries that citation in `data-citation`, the title read from the regulation's title heading.
 * Its further 款 and 项 are paragraphs like any other.
 */
import type { Element, Root } from 'hast';
import { REGULATION_ANCHOR } from '../../model/anchors.ts';
import type { BlockKind, BodyBlock } from '../../model/schema.ts';
import { articleCitation } from '../lib/citation.ts';
import { TOOLS_CLASS } from '../lib/markup.ts';
import { blockById, blocks, el, kindsById, textOf, txt } from './hast.ts';

/** The tools each kind of block gets; a list, a table, the 落款 and a note get none. */
const TOOLS: Partial<Record<BlockKind, Kind>> = { heading: 'heading', paragraph: 'paragraph', runin: 'paragraph', article: 'article' };

type Kind = 'heading' | 'paragraph' | 'article';
const WHAT: Record<Kind, string> = { heading: '本节', paragraph: '本段', article: '本条' };

function tools(id: string, kind: Kind): Element {
  const what = WHAT[kind];
  return el('span', { className: [TOOLS_CLASS], dataPagefindIgnore: '' }, [
    el('a', { className: ['pm'], href: `#${id}`, ariaLabel: `${what}链接` }, [txt(kind === 'heading' ? '#' : '¶')]),
    // the ¶ link is the block's one tab stop; src/scripts/site.ts lets the buttons join while the tools have focus
    el('button', { type: 'button', className: ['cp'], dataAct: 'link', ariaLabel: `复制${what}链接`, tabIndex: -1 }, [txt('链接')]),
    el('button', { type: 'button', className: ['cp'], dataAct: 'cite', ariaLabel: `复制${what}引用`, tabIndex: -1 }, [txt('引用')]),
  ]);
}

/** The label an article opens with (第十二条): its strong text. */
function articleLabel(block: Element): string | undefined {
  const first = block.children[0];
  return first?.type === 'element' && first.tagName === 'strong' ? textOf(first) : undefined;
}

export function addParagraphTools(root: Root, recorded: BodyBlock[]): void {
  const kinds = kindsById(recorded);
  const regulation = blockById(root, REGULATION_ANCHOR);
  const title = regulation && textOf(regulation);
  for (const block of blocks(root)) {
    const recordedKind = kinds.get(String(block.properties.id));
    const label = recordedKind === 'article' && title ? articleLabel(block) : undefined;
    const kind = recordedKind === 'article' && !label ? 'paragraph' : recordedKind && TOOLS[recordedKind];
    if (!kind) continue;
    if (label && title) block.properties.dataCitation = articleCitation(title, label);
    block.children.push(tools(String(block.properties.id), kind));
  }
}
