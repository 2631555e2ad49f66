/**
 * The corpus of clean documents (tests/fixtures/corpus/*.yaml): each is a `CleanDocument` whose wording
 * comes from the real public government documents its `sources` name (names, 文号 and dates adapted to
 * Linfen). The extraction generator lays them out; the property tests ingest the result.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { KINDS, type Block, type CleanDocument } from './extraction.ts';

export const CORPUS_DIR = join(import.meta.dirname, '../fixtures/corpus');

const isoDate = z.union([z.date().transform((d) => d.toISOString().slice(0, 10)), z.string().regex(/^\d{4}-\d{2}-\d{2}$/)]);

const block: z.ZodType<Block> = z.discriminatedUnion('type', [
  z.object({ type: z.literal('paragraph'), text: z.string().min(1) }),
  z.object({ type: z.literal('heading'), text: z.string().min(1) }),
  z.object({ type: z.literal('list'), items: z.array(z.string().min(1)).min(1) }),
  z.object({
    type: z.literal('names'),
    entries: z.array(z.object({ role: z.string().optional(), name: z.string().min(1), post: z.string() })).min(1),
  }),
  z.object({
    type: z.literal('table'),
    title: z.string().optional(),
    unit: z.string().optional(),
    header: z.array(z.string().min(1)).min(2),
    rows: z.array(z.array(z.string())).min(1),
  }),
  z.object({ type: z.literal('attachments'), items: z.array(z.string().min(1)).min(1) }),
]);

/** One corpus document, as written in its YAML file. */
const cleanDocument = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    sources: z.array(z.url()).min(1),
    kind: z.enum([...KINDS, '政策解读']),
    issuers: z.array(z.string().min(2)).min(1),
    header: z.enum(['vertical', 'order', 'none']),
    number: z.string().optional(),
    title: z.string().min(2),
    addressees: z.string().optional(),
    blocks: z.array(block).min(1),
    signature: z
      .object({
        issuers: z.array(z.string()),
        date: isoDate,
        signatory: z.object({ post: z.string(), name: z.string() }).optional(),
      })
      .optional(),
    disclosure: z.string().optional(),
    annexes: z.array(z.object({ label: z.string().optional(), title: z.string(), blocks: z.array(block).min(1) })).optional(),
    facts: z
      .object({
        effective: isoDate.optional(),
        validUntil: isoDate.optional(),
        repeals: z.array(z.object({ number: z.string(), title: z.string() })).optional(),
        amends: z.array(z.string()).optional(),
        interprets: z.string().optional(),
      })
      .optional(),
    colophon: z
      .object({
        copiedTo: z.string().optional(),
        printed: z.object({ organ: z.string(), date: isoDate }).optional(),
      })
      .optional(),
  })
  .strict();

/** Every corpus document, by id, in file name order. */
export function loadCorpus(dir = CORPUS_DIR): Map<string, CleanDocument> {
  const corpus = new Map<string, CleanDocument>();
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()) {
    const parsed = cleanDocument.safeParse(parse(readFileSync(join(dir, file), 'utf8')));
    if (!parsed.success) throw new Error(`${file}: ${z.prettifyError(parsed.error)}`);
    if (`${parsed.data.id}.yaml` !== file) throw new Error(`${file}: id ${parsed.data.id} differs from the file name`);
    corpus.set(parsed.data.id, parsed.data as CleanDocument);
  }
  return corpus;
}

/** The document's date as a reader finds it: its 落款 date, else its 印发 date. */
export function documentDate(doc: CleanDocument): string | undefined {
  return doc.signature?.date ?? doc.colophon?.printed?.date;
}

/** The 主送 line split into addressees at its commas (、 joins parts of one addressee). */
export function addresseesOf(doc: CleanDocument): string[] {
  return doc.addressees ? doc.addressees.split('，') : [];
}
