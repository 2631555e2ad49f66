/**
 * The split stage on fixtures written from real wording (tests/fixtures/split/<case>/input.txt →
 * output.json): the cover and 目录 read from the lines before the first document, each document's
 * line range, header organs, title, 文号 (or the title a 政策解读 interprets), and every warning.
 */
import { expect, test } from 'vitest';
import { firstDocumentLine, splitDocuments } from '../scripts/pipeline/4-split.ts';
import { isImprintLine, readCover } from '../scripts/pipeline/4-cover.ts';
import { MessageLog } from '../scripts/lib/messages.ts';
import { joinWrappedLines } from '../scripts/pipeline/2-clean.ts';
import { organNames } from '../model/issuers.ts';
import { fixtureTests } from './support/fixtures.ts';
import { printed } from './support/issue.ts';

const GAZETTE = '临汾市人民政府公报';

function split(input: string) {
  const log = new MessageLog();
  const lines = printed(input);
  const documents = splitDocuments('input.txt', lines, log, isImprintLine);
  const cover = readCover('input.txt', lines.slice(0, lines.indexOf(firstDocumentLine(documents))), GAZETTE, log);
  return { cover, documents, log };
}

fixtureTests('split', 'json', (input) => {
  const { cover, documents, log } = split(input);
  const read = {
    cover: cover ?? null,
    documents: documents.map((d) => ({
      lines: [(d.issuerLines[0] ?? d.titleLines[0] ?? d.numberLine).no, (d.bodyLines.at(-1) ?? d.numberLine).no],
      header: d.headerIssuers,
      title: joinWrappedLines(d.titleLines.map((l) => l.text)),
      ...(d.numberText ? { number: d.numberText } : {}),
      ...(d.interprets !== undefined ? { interprets: d.interprets } : {}),
      lastLine: d.bodyLines.at(-1)?.text ?? null,
    })),
    warnings: log.format(log.warnings).split('\n').filter(Boolean),
  };
  return `${JSON.stringify(read, null, 2)}\n`;
});

test('a text without any 文号 is no gazette issue: the only refusal', () => {
  expect(() => split('这是一份没有文号的文本\n\n第二行\n')).toThrow(/no document number \(文号\) line found/);
});

test.each([
  ['临汾市人民政府', [], ['临汾市人民政府']],
  ['临汾市人民政府 临汾市中级人民法院', [], ['临汾市人民政府', '临汾市中级人民法院']],
  ['临汾市人民政府临汾市中级人民法院', [], ['临汾市人民政府', '临汾市中级人民法院']],
  ['临汾市发展和改革委员会临汾市财政局', ['临汾市发展和改革委员会', '临汾市财政局'], ['临汾市发展和改革委员会', '临汾市财政局']],
  ['市人社局', [], undefined],
  ['注册后上岗', [], undefined],
])('the organs a header prints in “%s” are %j', (text, known, organs) => {
  expect(organNames(text, new Set(known))).toEqual(organs);
});
