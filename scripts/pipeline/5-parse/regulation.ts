/**
 * A regulation (规章 published by an order, or 办法/规定/细则 issued by a notice): its title,
 * 第X章 and 第X节 as headings, and every 第X条 as an article of its own, whose 款 (paragraphs)
 * and 项 (（一）…) follow it. A 第X章 / 第X节 / 第X条 line counts only when it continues its
 * sequence and the line before it ends a sentence (so a wrapped "第十条规定的…" stays text).
 */
import type { SourceLine } from '../2-clean.ts';
import type { ArticleBlock, Block, HeadingBlock } from '../blocks.ts';
import { parseChineseNumeral } from '../../../model/numbers.ts';
import { SENTENCE_END } from '../3-layout.ts';
import { segmentProse } from './prose.ts';

const NUMERAL = '([〇零一二两三四五六七八九十百千]+)';
const CHAPTER = new RegExp(`^第${NUMERAL}章`);
const SECTION = new RegExp(`^第${NUMERAL}节`);
export const ARTICLE = new RegExp(`^第${NUMERAL}条`);

/** Whether lines hold a regulation's text: an article 第一条 opens one of its lines. */
export function isRegulationText(lines: SourceLine[]): boolean {
  return lines.some((l) => ARTICLE.exec(l.text)?.[1] === '一');
}

const numberOf = (pattern: RegExp, text: string) => {
  const m = pattern.exec(text);
  return m ? parseChineseNumeral(m[1]!) : undefined;
};

/** The blocks of a regulation's text (after its title): chapter and section headings, articles. */
export function parseRegulation(lines: SourceLine[]): Block[] {
  const blocks: Block[] = [];
  const next = { chapter: 1, section: 1, article: 1 };
  let run: SourceLine[] = [];
  let article: number | undefined;

  const flush = () => {
    if (run.length === 0) return;
    const body = segmentProse(run, { numberedParagraphs: true });
    if (article !== undefined) {
      const [first, ...rest] = body;
      const text = first?.kind === 'paragraph' ? first.text.join('') : '';
      const label = ARTICLE.exec(text)?.[0];
      if (first && label) {
        const block: ArticleBlock = { kind: 'article', number: article, label, text, lines: first.lines };
        blocks.push(block, ...rest);
      } else blocks.push(...body);
    } else blocks.push(...body);
    run = [];
  };

  for (const [i, line] of lines.entries()) {
    const opens = i === 0 || SENTENCE_END.test(lines[i - 1]!.text) || CHAPTER.test(lines[i - 1]!.text) || SECTION.test(lines[i - 1]!.text);
    const chapter = opens ? numberOf(CHAPTER, line.text) : undefined;
    const section = opens ? numberOf(SECTION, line.text) : undefined;
    const articleNo = opens ? numberOf(ARTICLE, line.text) : undefined;
    if (chapter === next.chapter || section === next.section) {
      flush();
      article = undefined;
      const level = chapter === next.chapter ? 1 : 2;
      const heading: HeadingBlock = { kind: 'heading', level, number: level === 1 ? chapter! : section!, text: line.text, lines: [line] };
      blocks.push(heading);
      if (level === 1) [next.chapter, next.section] = [chapter! + 1, 1];
      else next.section = section! + 1;
      continue;
    }
    if (articleNo === next.article) {
      flush();
      article = articleNo;
      next.article += 1;
    }
    run.push(line);
  }
  flush();
  return blocks;
}
