/**
 * How the site cites, written once and used by the pages, the exports, the feed and the copy tools
 * (which read the strings the pages put in `data-cite` / `data-citation`, src/lib/markup.ts):
 *
 * - a document: 《issuer + title》（文号）, e.g. 《临汾市人民政府关于印发…的通知》（临政发〔2023〕2号）; an
 *   order by the regulation it publishes, 《临汾市城市绿化管理办法》（临汾市人民政府令第8号）;
 * - a block of a document: the document, then the heading it stands under as printed, in “ ”
 *   (a heading names itself); a block of the plan a notice issues cites the plan;
 * - a reform item: the plan, its 附件 and 第N项; a plan's 推进举措 as printed, 五、推进举措（三）.
 */
import { INTERPRETATION_KIND, ORDER_KIND } from '../../model/kinds.ts';
import { formatChineseNumeral } from '../../model/numbers.ts';
import type { DocumentRecord, ItemRecord } from '../../model/schema.ts';

type Citable = Pick<DocumentRecord, 'title' | 'issuer' | 'type' | 'number'>;

/** Formal title of a document as cited: issuer + title; an order's is its regulation's title. */
export function docCiteTitle(d: Pick<DocumentRecord, 'title' | 'issuer' | 'type'>): string {
  return d.type === ORDER_KIND.name || d.type === INTERPRETATION_KIND.name || d.title.startsWith(d.issuer) ? d.title : d.issuer + d.title;
}

/** What a document does with the plan or regulation it carries (`issues`): a notice 印发 it, an order 公布 it. */
export function issuedVerb(d: Pick<DocumentRecord, 'type'>): '印发' | '公布' {
  return d.type === ORDER_KIND.name ? '公布' : '印发';
}

/** 《title》（文号）, either part left out when unknown. */
export function titleAndNumber(title: string | undefined, number: string | undefined): string {
  return `${title ? `《${title}》` : ''}${number ? `（${number}）` : ''}`;
}

/** Citation of a document: 《临汾市人民政府关于印发…的通知》（临政发〔2023〕2号）. */
export function docCitation(d: Citable): string {
  return titleAndNumber(docCiteTitle(d), d.number);
}

/** Citation of the plan or regulation a document carries: 《临汾市营商环境创新提升行动方案》（临政发〔2023〕2号）. */
export function issuedCitation(d: Citable & Pick<DocumentRecord, 'issues'>): string {
  return d.issues ? titleAndNumber(d.issues, d.number) : docCitation(d);
}

/** An article of a regulation, cited on its own: 《临汾市城市绿化管理办法》第十二条. */
export function articleCitation(regulation: string, label: string): string {
  return `《${regulation}》${label}`;
}

/** What a document does with the plan it carries, in words: 印发《…实施方案》 / 公布《…办法》. */
export function issuedPhrase(d: Pick<DocumentRecord, 'type' | 'issues'>): string {
  return d.issues ? `${issuedVerb(d)}《${d.issues}》` : '';
}

/** One sentence describing a document: its citation, date and what it issues. */
export function docSummary(d: Citable & Pick<DocumentRecord, 'issues'>, date: string): string {
  return `${docCitation(d)}，${date}${issuedVerb(d) === '公布' ? '发布' : '印发'}${d.issues ? `，${issuedPhrase(d)}` : ''}。`;
}

/** Whether a block belongs to the plan (or regulation) a document issues rather than to the notice itself. */
export function inIssuedPart(anchor: string): boolean {
  return /^(plan|regulation|art-|ch\d|annex)/.test(anchor);
}

/** The two citations a document page gives its blocks: the document's and that of the plan it issues. */
export interface PageCitations {
  doc: string;
  issued: string;
}

/**
 * Citation of one block: the notice's own paragraphs cite the notice, the issued plan's cite the
 * plan; then the heading the block stands under (or the block itself, for a heading) as printed.
 */
export function blockCitation(cites: PageCitations, anchor: string, heading: string | undefined): string {
  const base = inIssuedPart(anchor) ? cites.issued : cites.doc;
  // quotation marks inside the quoted heading become single ones (GB/T 15834)
  return heading ? `${base}“${heading.replace(/“/g, '‘').replace(/”/g, '’')}”` : base;
}

/** Where a plan's 推进举措 stands, as printed: 五、推进举措（三） (from its anchor, plan-s5-3). */
export function measurePlace(it: Pick<ItemRecord, 'list' | 'anchor'>): string | undefined {
  const m = /s(\d+)-(\d+)$/.exec(it.anchor ?? '');
  return m ? `${formatChineseNumeral(Number(m[1]))}、${it.list}（${formatChineseNumeral(Number(m[2]))}）` : undefined;
}

/**
 * Citation of an item: 《临汾市营商环境创新提升行动方案》（临政发〔2023〕2号）附件第37项; a plan measure
 * 《…实施方案》（临政办发〔2023〕2号）五、推进举措（三）.
 */
export function itemCitation(
  d: (Citable & Pick<DocumentRecord, 'issues' | 'attachments'>) | undefined,
  it: Pick<ItemRecord, 'list' | 'no' | 'document' | 'anchor' | 'responsibility'>,
): string {
  const title = d?.issues ?? (d ? docCiteTitle(d) : it.list);
  const att = d?.attachments.find((a) => a.title === it.list);
  const place = it.responsibility !== undefined ? measurePlace(it) : undefined;
  const where = att ? `附件${att.no && (d?.attachments.length ?? 0) > 1 ? att.no : ''}第${it.no}项` : (place ?? `“${it.list}”第${it.no}项`);
  return `${titleAndNumber(title, it.document)}${where}`;
}
