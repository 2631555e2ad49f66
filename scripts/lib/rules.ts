/**
 * Every rule id a located message can carry (`file:line: message [rule]`), with what it means.
 * A rule id is part of the ingest's interface: editors search for it, tests assert it, so each is
 * named once here and the pipeline can only use one that is listed.
 */
export const RULES = {
  // stages: an error inside a stage that is not located more precisely
  clean: 'the clean stage failed on this issue',
  layout: 'the layout stage failed on this issue',
  split: 'the split stage failed on this issue',
  parse: 'the parse stage failed on this document',
  link: 'the link stage failed on this document or issue',
  emit: 'the emit stage failed on this document',
  internal: 'an error outside every stage (a bug)',
  // sources
  manifest: 'an issue manifest is malformed or names a missing text',
  utf8: 'the source text is not UTF-8',
  'unit-registry': 'content/source/units.yaml has a malformed entry',
  'prefix-registry': 'content/source/prefixes.yaml has a malformed entry',
  hints: 'content/source/<id>.hints.yaml is malformed',
  'hint-mismatch': 'an editor’s hint names a line that no longer starts with the text it quotes',
  hint: 'an editor’s hint that cannot be applied where it points',
  // split
  'no-documents': 'the text holds no 文号 line, so no document',
  'text-before-first-document': 'text before the first document that is neither the cover nor the 目录, kept in the issue record (warning)',
  'title-not-found': 'a header and a 文号 whose title ends in no document kind, read as a document all the same (warning)',
  'document-start':
    "a 文号 under a title of its own line, after neither a header nor the previous document's end: read as a citation; a document-start hint makes it a document (warning)",
  cover: 'the cover and 目录 before the first document cannot be read into the issue record',
  'contents-entry': 'a 目录 entry that names no document, or another title, or a document the 目录 does not list (warning)',
  'contents-page': 'a 目录 entry whose page a printed page number contradicts (warning)',
  'cover-number': 'the cover prints another 期号 than the manifest gives (warning)',
  // parse
  'document-number': 'a 文号 that cannot be read',
  'document-type': 'a title that ends in no document kind (warning, review: read as 其他)',
  addressees: 'a kind that needs its 主送 line has none (warning, review)',
  signature: 'no 落款 (issuer and date) where one is expected (warning, review)',
  issuer: 'no issuing organ printed in the header, 落款 or 版记 (warning, review)',
  date: 'no 成文日期 printed: one is taken from the text or the 文号 (warning, review)',
  'plan-title': 'the plan a notice issues has no title line (warning, review)',
  annex: 'an annex (附件) the attachment list names is missing',
  'annex-title': 'an annex without its title (warning, review)',
  attachments: 'the attachment list (附件：…) and the annexes printed disagree (warning, review)',
  heading: 'a numbered heading out of sequence',
  paragraph: 'a paragraph that cannot be placed',
  'unexpected-text': 'text where the layout expects something else (warning, review: read as text)',
  'table-row': 'a reform table row that cannot be read',
  'table-row-number': 'a reform table row out of sequence',
  'table-row-without-units': 'a reform table row without its responsible units (warning, review: the table kept line by line)',
  'units-without-measures': 'responsible units without a measure before them',
  'table-columns': 'an annex table kept line by line: its columns cannot be recovered (warning)',
  // link
  schema: 'a record that does not fit its schema (model/schema.ts)',
  'document-slug': 'a 文号 that gets no slug',
  'duplicate-number': 'a 文号 printed by two documents',
  'duplicate-anchor': 'two blocks that would share an anchor',
  'declared-count': 'a reform list declares a number of items other than it holds (warning, review)',
  'issuer-mismatch': 'the header names another issuer than the 落款 (warning, review: the header is taken)',
  'unknown-unit': 'running text names a unit content/source/units.yaml does not know (warning)',
  interpretation: 'a 政策解读 whose interpreted document is in no issue of the corpus (warning)',
  'county-department': 'running text names a county’s own department, linked to that county (warning, once per issue)',
  // emit
  conservation: 'the emitted text differs from the cleaned source',
} as const;

/** A rule id of a located message. */
export type Rule = keyof typeof RULES;
