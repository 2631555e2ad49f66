/**
 * The rows of a document page's metadata panel, from its record: first the 政府信息公开 fields
 * (发文机关, 发文字号, 成文日期, where published), then whatever the gazette prints for it (签发人,
 * 施行日期, 有效期, 签署, 主送机关, what it 印发/公布/废止, 附注, 附件, 抄送, 印发机关), then what the
 * corpus knows (the units it names, its items, the documents citing it). `MetaPanel.astro` lays
 * them out; nothing here is HTML.
 */
import { formatChineseDate } from '../../model/numbers.ts';
import type { DocumentRecord, Issue } from '../../model/schema.ts';
import { issuedVerb, titleAndNumber, docCitation } from './citation.ts';

/** A piece of a row's value: text, a link, a date, or text that the 繁體 switch must leave as printed (names, 文号). */
export type Part = string | { text: string; href?: string; date?: string; asPrinted?: boolean };

export interface MetaRow {
  label: string;
  /** The value, one entry per line or list entry. */
  lines: Part[][];
  /** A list laid out as tags (涉及单位) */
  tags?: boolean;
  /** Spans both columns of the panel (long values). */
  wide?: boolean;
  /** Folded behind its count: more entries than a reader wants before the text. */
  folded?: boolean;
}

export interface MetaContext {
  issue?: Pick<Issue, 'id' | 'title'>;
  /** the 目录 section the document stands in */
  section: string;
  /** where the issue prints it (公报2023年第2期第5页), when the record has its pages */
  printedPages?: string;
  /** the slugs of documents of the corpus (a repeal or citation links only to those) */
  inCorpus: (slug: string) => boolean;
  unitName: (slug: string) => string;
  /** document of the corpus citing this one, with the block that cites it */
  citedBy: { doc: Pick<DocumentRecord, 'slug' | 'title' | 'issuer' | 'type' | 'number'>; anchor: string }[];
  itemCount: number;
  url: {
    doc: (slug: string, anchor?: string) => string;
    unit: (slug: string) => string;
    county: (slug: string) => string;
    issue: (id: string) => string;
    items: (docSlug: string) => string;
  };
}

/** Units shown before the rest folds away. */
const FOLD_AFTER = 8;

const date = (iso: string): Part => ({ text: formatChineseDate(iso), date: iso });

/** A row of cited documents (what a document 修改 or 废止), each linked when it is in the corpus. */
/** A row of linked unit or county names, folded behind its count when long. */
function unitTags(label: string, slugs: string[], href: (slug: string) => string, ctx: MetaContext): MetaRow {
  return {
    label,
    lines: slugs.map((s) => [{ text: ctx.unitName(s), href: href(s) }]),
    tags: true,
    wide: true,
    folded: slugs.length > FOLD_AFTER,
  };
}

function citedRow(label: string, cited: NonNullable<DocumentRecord['repeals']>, ctx: MetaContext): MetaRow {
  const lines = cited.map((r) => {
    const name = titleAndNumber(r.title, r.number);
    return [r.target && ctx.inCorpus(r.target) ? { text: name, href: ctx.url.doc(r.target) } : name];
  });
  return { label, lines, wide: true };
}

export function metaRows(doc: DocumentRecord, ctx: MetaContext): MetaRow[] {
  const rows: (MetaRow | false | undefined | '')[] = [
    { label: '发文机关', lines: [[(doc.issuers ?? [doc.issuer]).join('、')]] }, // a 联合发文: every organ
    doc.number && { label: '发文字号', lines: [[{ text: doc.number, asPrinted: true }]] }, // a 政策解读 has none
    { label: '成文日期', lines: [[date(doc.date)]] },
    { label: '文种', lines: [[doc.type]] },
    ctx.issue && {
      label: '刊载',
      lines: [[{ text: ctx.issue.title, href: ctx.url.issue(ctx.issue.id) }, ` · ${ctx.section}`]],
      wide: true,
    },
    ctx.printedPages && { label: '页码', lines: [[ctx.printedPages]] },
    doc.signer && { label: '签发人', lines: [[{ text: doc.signer, asPrinted: true }]] },
    doc.effective && { label: '施行日期', lines: [[date(doc.effective)]] },
    doc.validUntil && { label: '有效期', lines: [['有效期至', date(doc.validUntil)]] },
    doc.signatory && { label: '签署', lines: [[`${doc.signatory.post} `, { text: doc.signatory.name, asPrinted: true }]] },
    doc.addressees.length > 0 && { label: '主送机关', lines: [[doc.addressees.join('、')]], wide: true },
    doc.disclosure && { label: '公开方式', lines: [[doc.disclosure]] },
    doc.issues && { label: issuedVerb(doc), lines: [[`《${doc.issues}》`]], wide: true },
    doc.interprets && {
      label: '解读',
      lines: [
        [
          doc.interprets.target && ctx.inCorpus(doc.interprets.target)
            ? { text: `《${doc.interprets.title}》`, href: ctx.url.doc(doc.interprets.target) }
            : `《${doc.interprets.title}》`,
        ],
      ],
      wide: true,
    },
    doc.amends && citedRow('修改', doc.amends, ctx),
    doc.repeals && citedRow('废止', doc.repeals, ctx),
    doc.notes && { label: '附注', lines: doc.notes.map((n) => [n]), wide: true },
    doc.attachments.length > 0 && {
      label: '附件',
      // the number as printed (附件1 …) once: the list itself is not numbered again
      lines: doc.attachments.map((a) => [`${a.no ? `${a.no}. ` : ''}`, a.anchor ? { text: a.title, href: `#${a.anchor}` } : a.title]),
      wide: true,
    },
    doc.copiedTo && { label: '抄送', lines: [[doc.copiedTo.join('、')]], wide: true },
    doc.printed && { label: '印发机关', lines: [[`${doc.printed.by}\u3000`, date(doc.printed.date), '印发']], wide: true },
    doc.units.length > 0 && unitTags('涉及单位', doc.units, ctx.url.unit, ctx),
    doc.counties.length > 0 && unitTags('涉及县（市、区）', doc.counties, ctx.url.county, ctx),
    ctx.itemCount > 0 && { label: '事项', lines: [[{ text: `本文件${ctx.itemCount}项事项/举措`, href: ctx.url.items(doc.slug) }]] },
    ctx.citedBy.length > 0 && {
      label: '被引用',
      lines: ctx.citedBy.map((c) => [{ text: docCitation(c.doc), href: ctx.url.doc(c.doc.slug, c.anchor) }]),
      wide: true,
    },
  ];
  return rows.filter((r): r is MetaRow => !!r);
}
