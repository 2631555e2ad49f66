/**
 * One zod schema per record kind. The ingest scripts validate every record against these
 * before writing it, and `src/content.config.ts` imports the same schemas, so the site
 * and the pipeline can never disagree about what a field means.
 */
import { z } from 'zod';
import { isCanonicalDocNumber } from './wenhao.ts';
import { roles } from './roles.ts';

/** A failed validation, field by field: `rows.0.units: Invalid input; date: must be an ISO date …`. */
export function schemaProblems(error: z.ZodError): string {
  return error.issues.map((i) => `${i.path.join('.') || 'record'}: ${i.message}`).join('; ');
}

/** ASCII slug used in URLs and file names: lower-case letters, digits and dashes. */
export const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be an ASCII slug');

/**
 * ISO calendar date, e.g. 2023-02-03. A YAML 1.1 reader (Astro's) hands an unquoted date over as
 * a Date; it is taken back to the string the pipeline wrote.
 */
export const isoDate = z.preprocess(
  (v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v),
  z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be an ISO date YYYY-MM-DD'),
);

/** A document number (文号) in canonical form: no spaces, 〔〕 brackets, ending in 号; an order's is 临汾市人民政府令第8号. */
export const docNumber = z
  .string()
  .refine(isCanonicalDocNumber, 'must be a canonical 文号 like 临政发〔2023〕2号 or 临汾市人民政府令第8号');

/** A reference from one document to another document or regulation. */
export const citationSchema = z.object({
  /** The cited 文号 in canonical form, when the citation carries one. */
  number: docNumber.optional(),
  /** The cited title as printed between 《》, without the brackets (the full title for a short form). */
  title: z.string().optional(),
  /** The short form printed instead of the title, as the text defines it (以下简称《规划》). */
  shortForm: z.string().optional(),
  /** Slug of the cited document when it is in this corpus; absent for external citations. */
  target: slug.optional(),
  /** Anchor of the block in the citing document where the citation appears. */
  anchor: z.string(),
});

/** One 附件 (annex) line of a document. */
export const attachmentSchema = z.object({
  /** Annex number as printed (1, 2, …); absent when the document has a single unnumbered annex. */
  no: z.number().int().positive().optional(),
  /** Annex title as printed. */
  title: z.string(),
  /** Anchor of the annex heading in the document body. */
  anchor: z.string().optional(),
});

/** One entry of an issue's 目录, as printed. */
export const contentsEntrySchema = z.object({
  /** The 目录 section it is printed under, without its brackets (市政府文件, 部门文件, 政策解读). */
  section: z.string().optional(),
  /** Title as printed in the 目录 (the issuer before 关于 included), without its 文号, dot leader and page. */
  title: z.string(),
  /** 文号 printed with the entry, canonical. */
  number: docNumber.optional(),
  /** Page the document starts on, as printed. */
  page: z.number().int().positive().optional(),
  /** Source line of the entry's first line. */
  line: z.number().int().positive(),
});

/** The cover and 目录 printed before an issue's first document. */
export const coverSchema = z.object({
  /** Gazette name as printed on the cover. */
  gazette: z.string().optional(),
  /** 期号: the issue's number within its year, as printed (2023年第5期 → 5). */
  issueNumber: z.number().int().positive().optional(),
  /** 总期号: the issue's running number since the gazette's first issue (总第186期 → 186). */
  totalNumber: z.number().int().positive().optional(),
  /** 主办: the organ that publishes the gazette. */
  sponsor: z.string().optional(),
  /** Publication date printed on the cover, ISO. */
  date: isoDate.optional(),
  /** 目录 entries, in printed order. */
  contents: z.array(contentsEntrySchema),
  /** Imprint lines (主管, 主办, 编辑, 地址, 电话, 准印证号 …): label and value as printed. */
  imprint: z.array(z.object({ label: z.string(), value: z.string() })),
  /** Every clean line of the cover and 目录, in order, as printed: what the conservation check compares. */
  printed: z.array(z.string()),
  /** Line range [first, last] of the cover and 目录 in the issue's source text (1-based). */
  lines: z.tuple([z.number().int().positive(), z.number().int().positive()]),
});

/**
 * Kinds of top-level block of a document body, as the parser read them: a heading; a paragraph
 * opening with its own heading sentence (`runin`); a plain paragraph; an article of a regulation
 * (opening with its label, 第十二条); a list; a table; the 落款 or 版记 (`closing`); a note of the
 * pipeline's own, which is not source text (`note`).
 */
export const blockKinds = ['heading', 'runin', 'paragraph', 'article', 'list', 'table', 'closing', 'note'] as const;

/** One top-level block of a document body: where it is anchored and what it is. */
export const bodyBlockSchema = z.object({
  /** Anchor id of the block (s3-1-5, closing, art-12). */
  anchor: z.string(),
  /** What the block is, as the parser read it. */
  kind: z.enum(blockKinds),
});

/** A gazette issue (one source text file). */
export const issueSchema = z.object({
  /** Issue id, e.g. 2023-02 (year and number); also its slug. */
  id: slug,
  /** Gazette name as printed on the cover. */
  gazette: z.string(),
  /** Year of the issue. */
  year: z.number().int(),
  /** Number of the issue within its year. */
  number: z.number().int().positive(),
  /** Human title, e.g. 临汾市人民政府公报 2023年第2期. */
  title: z.string(),
  /** Source text file name under content/source/. */
  source: z.string(),
  /** The cover and 目录 printed before the first document, when the text has them (read by the pipeline). */
  cover: coverSchema.optional(),
});

/** A document a document repeals (废止), as its text cites it. */
export const repealSchema = citationSchema.omit({ anchor: true });

/** An official document (通知, 批复, 决定, 通告, 令 …) of the gazette. */
export const documentSchema = z.object({
  /**
   * URL slug derived from the 文号, e.g. lzf-2023-2 for 临政发〔2023〕2号, lfsrmzfl-8 for 临汾市人民政府令第8号;
   * a 政策解读's is its interpreted document's slug and -jd (lfgtzf-2023-15-jd), or <issue>-jd<order> when that is not in the corpus.
   */
  slug,
  /** 文号 without spaces, e.g. 临政发〔2023〕2号 or 临汾市人民政府令第8号; absent for a 政策解读, which has none. */
  number: docNumber.optional(),
  /**
   * For a 政策解读: the document it interprets — the title it names (in 《》), its 文号 (that
   * document's, or as the 解读 cites it) and its slug when in the corpus.
   */
  interprets: z.object({ title: z.string(), number: docNumber.optional(), target: slug.optional() }).optional(),
  /** Issuing authority: 临汾市人民政府 or 临汾市人民政府办公室; of a 联合发文, the first organ printed; of a 政策解读, the interpreted document's. */
  issuer: z.string(),
  /** Every issuing organ of a 联合发文 (two or more), in printed order; absent when one organ issues it. */
  issuers: z.array(z.string()).min(2).optional(),
  /** Title as printed, from 关于 to the document type; for an order, the title of the regulation it publishes. */
  title: z.string(),
  /** 成文日期 as ISO date; of a 政策解读, the interpreted document's. */
  date: isoDate,
  /** Document kind (文种), the last word of the title: 通知, 批复, 通告, …; 令 for an order. */
  type: z.string(),
  /** 主送机关, in printed order; empty for a kind printed without one (通告, 令). */
  addressees: z.array(z.string()),
  /** Disclosure note as printed without brackets, e.g. 此件公开发布. */
  disclosure: z.string().optional(),
  /** Other 附注 printed after the date, without brackets, e.g. 联系人：…. */
  notes: z.array(z.string()).optional(),
  /** 签发人, when printed beside the 文号. */
  signer: z.string().optional(),
  /** Who signs an order (署名): post and name, e.g. 市长 王建华. */
  signatory: z.object({ post: z.string(), name: z.string() }).optional(),
  /** 施行日期 as ISO date, when the text says from when it applies (自2023年5月1日起施行; 自印发之日起 = date). */
  effective: isoDate.optional(),
  /** Last day of its 有效期 as ISO date, when printed (有效期至…, or 有效期5年 counted from `effective`). */
  validUntil: isoDate.optional(),
  /** Documents it repeals (…同时废止), as cited. */
  repeals: z.array(repealSchema).optional(),
  /** 规章 a 修改决定 amends (对《…》（…令第5号）作如下修改), as cited; linked when in the corpus. */
  amends: z.array(repealSchema).optional(),
  /** 抄送机关 of the 版记, in printed order. */
  copiedTo: z.array(z.string()).optional(),
  /** 印发机关和印发日期 of the 版记. */
  printed: z.object({ by: z.string(), date: isoDate }).optional(),
  /** Unit names in the text that the unit registry does not know, as printed (each reported as a warning). */
  unknownUnits: z.array(z.string()).optional(),
  /** 附件 titles, in printed order. */
  attachments: z.array(attachmentSchema),
  /** Slugs of the responsible units the document names (canonical, deduplicated). */
  units: z.array(slug),
  /** Slugs of the county-level governments the document names. */
  counties: z.array(slug),
  /** Gazette issue id this document appears in. */
  issue: slug,
  /** Position of the document within its issue, from 1. */
  order: z.number().int().positive(),
  /** Line range [first, last] of the document in the issue's source text (1-based). */
  lines: z.tuple([z.number().int().positive(), z.number().int().positive()]),
  /**
   * Printed pages of the issue the document lies on, from its page numbers (—11—): `first` the
   * earliest its first line can be on, `last` the latest its last line can be on (absent when no
   * page number follows it). Exact where every page's number survived the extraction.
   */
  pages: z.object({ first: z.number().int().positive(), last: z.number().int().positive().optional() }).optional(),
  /** 目录 section the document is printed under, from the running heads (·市政府文件· → 市政府文件). */
  section: z.string().optional(),
  /** Title of the plan or measures the notice issues (印发), or of the regulation an order publishes (公布). */
  issues: z.string().optional(),
  /** Documents and regulations cited in the text. */
  citations: z.array(citationSchema),
  /** Every top-level block of the Markdown body, in order: its anchor and its kind. */
  blocks: z.array(bodyBlockSchema),
  /** What a proofreader must check where the layout matched no known shape (each also a located warning); absent when none. */
  review: z.array(z.string()).min(1).optional(),
});

/** One sub-row of a reform item: a measure and the units responsible for it. */
export const itemRowSchema = z
  .object({
    /** 具体举措 as printed (line wraps joined). */
    measures: z.string(),
    /** 责任单位 as printed, one entry per unit. */
    units: z.array(z.string()).min(1),
    /** Slug of each printed unit, in the same order. */
    slugs: z.array(slug).min(1),
    /** Role of each printed unit in this sub-row, in the same order (the rules are in model/roles.ts). */
    roles: z.array(z.enum(roles)).min(1),
  })
  .refine(
    (row) => row.slugs.length === row.units.length && row.roles.length === row.units.length,
    'slugs and roles must match units one to one',
  );

/** A reform item (改革事项) or a plan's 推进举措, with the units that own it. */
export const itemSchema = z.object({
  /** URL slug: parent document slug and zero-padded number, e.g. lzf-2023-2-037. */
  slug,
  /** 文号 of the parent document. */
  document: docNumber,
  /** Slug of the parent document. */
  documentSlug: slug,
  /** Title of the list or section the item belongs to. */
  list: z.string(),
  /** Item number within its list, from 1. */
  no: z.number().int().positive(),
  /** True when marked ∗: the item implements one of the national 101 tasks. */
  national: z.boolean(),
  /** 改革事项 (or the 推进举措 heading) as printed. */
  name: z.string(),
  /** Sub-rows, in printed order. */
  rows: z.array(itemRowSchema).min(1),
  /** Responsibility clause as printed, for items whose units are given in a closing parenthesis. */
  responsibility: z.string().optional(),
  /** Slugs of all responsible units, canonical and deduplicated, in order of first mention. */
  units: z.array(slug).min(1),
  /** Slugs of the leading units: first-listed unit of each sub-row, or those 负责 in a plan (model/roles.ts). */
  lead: z.array(slug),
  /** Slugs of supporting units: every other unit of a sub-row. */
  support: z.array(slug),
  /** Slugs of the units that 具体落实 (implement locally), for plan items. */
  implement: z.array(slug),
  /** Numbered task of the plan body this item implements, when one shares its name. */
  task: z
    .object({
      /** Task number in the plan body (1–29). */
      no: z.number().int().positive(),
      /** Task heading as printed. */
      title: z.string(),
      /** Anchor of the task heading in the parent document. */
      anchor: z.string(),
    })
    .optional(),
  /** Anchor of the item's row (or section) in the parent document. */
  anchor: z.string(),
  /** For an item of an annex table: the table's anchor and the index of the item's first row among its body rows. */
  tableRow: z.object({ table: z.string(), index: z.number().int().nonnegative() }).optional(),
  /** Gazette issue id. */
  issue: slug,
});

/** Kinds of responsible unit. */
export const unitKinds = ['市直部门', '县级人民政府', '驻临单位', '司法机关', '企业', '其他'] as const;

/** A responsible unit, canonical, with every alias printed across the documents. */
export const unitSchema = z.object({
  /** ASCII slug, e.g. market-regulation. */
  slug,
  /** The name the gazette prints most (市发展改革委); it titles the unit's page. */
  name: z.string(),
  /** Full official name (临汾市发展和改革委员会), when longer than `name`. */
  official: z.string().optional(),
  /** Every other name printed or usual for this unit: the 市-form of its full name, short forms (市发改委), older names. */
  aliases: z.array(z.string()),
  /** Kind of unit. */
  kind: z.enum(unitKinds),
  /** True for a collective entry standing for several units, e.g. 各县(市、区)人民政府. */
  collective: z.boolean().default(false),
});

/** What every editor's hint carries: the source line it is about, the start of that line's text, and why. */
const hintAt = {
  /** 1-based line of the issue's source text. */
  line: z.number().int().positive(),
  /** The start of that line's text as printed (spaces aside): a hint whose line no longer starts so is an error. */
  text: z.string().min(1),
  /** Why the hint is needed, for the next editor. */
  reason: z.string().min(1),
};

/** Lines `line`–`to` of the source, both included. */
const hintRange = { ...hintAt, /** Last line of the range, 1-based. */ to: z.number().int().positive() };

/**
 * One editor's hint in content/source/<id>.hints.yaml: what the layout does not show and the
 * editor knows. It names its source line, never changes the text, and is applied where the
 * pipeline reads that element.
 */
export const hintSchema = z.discriminatedUnion('kind', [
  /** A document starts at `line` (its header's first line). */
  z.object({ kind: z.literal('document-start'), ...hintAt }),
  /** The issuing organs of the document printed at `line`, in printed order. */
  z.object({ kind: z.literal('issuers'), ...hintAt, /** The organs. */ issuers: z.array(z.string().min(1)).min(1) }),
  /** The 落款 of its document starts at `line` (its first organ or signatory line; the date follows it). */
  z.object({ kind: z.literal('closing'), ...hintAt }),
  /** Lines `line`–`to` are a list, one entry per printed line. */
  z.object({ kind: z.literal('list'), ...hintRange }),
  /** Lines `line`–`to` are a table whose header is `columns` (the first line prints it), cells in reading order. */
  z.object({ kind: z.literal('table'), ...hintRange, /** Header cells, as printed. */ columns: z.array(z.string().min(1)).min(2) }),
  /** In this issue, `alias` (printed at `line`) names the registry unit `unit` (its slug). */
  z.object({
    kind: z.literal('unit-alias'),
    ...hintAt,
    /** The name as printed. */ alias: z.string().min(2),
    /** Slug of the registry unit. */ unit: slug,
  }),
]);

/** An issue's hints file: a list of hints. */
export const hintsSchema = z.array(hintSchema);

export type Hint = z.infer<typeof hintSchema>;
export type Issue = z.infer<typeof issueSchema>;
export type DocumentRecord = z.infer<typeof documentSchema>;
export type ItemRecord = z.infer<typeof itemSchema>;
export type ItemRow = z.infer<typeof itemRowSchema>;
export type UnitRecord = z.infer<typeof unitSchema>;
export type Citation = z.infer<typeof citationSchema>;
export type Cover = z.infer<typeof coverSchema>;
export type ContentsEntry = z.infer<typeof contentsEntrySchema>;
export type BodyBlock = z.infer<typeof bodyBlockSchema>;
export type BlockKind = (typeof blockKinds)[number];
