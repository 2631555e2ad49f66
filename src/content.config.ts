/**
 * Content collections over the pipeline's output (content/ by default; CONTENT_DIR overrides,
 * e.g. for fixtures). Schemas are imported from the pipeline so site and ingest cannot drift; their
 * dates (model/schema.ts isoDate) also take the Date a YAML 1.1 reader (Astro's) makes of one.
 *
 * We use Astro's glob loader but strip Markdown rendering from it: document bodies are
 * rendered by src/render/document.ts (remark → mdast → hast with ids from `anchors`), never
 * by Astro's renderer, and raw HTML in the source is never passed through. The store keeps no
 * body: an archive's bodies would all be held in memory for the whole build.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import type { Loader } from 'astro/loaders';
import path from 'node:path';
import { issueSchema, documentSchema, itemSchema, unitSchema } from '../model/schema.ts';

const contentDir = path.resolve(process.env.CONTENT_DIR ?? 'content');

function source(kind: string): Loader {
  // bodies stay in their files: the store (loaded whole by every build) holds front matter only,
  // and a document's body is read when its page is rendered (src/lib/document-body.ts)
  const inner = glob({ pattern: '*.md', base: path.join(contentDir, kind), retainBody: false });
  return {
    name: `gongbao-${kind}`,
    load: (ctx) => {
      // `entryTypes` is passed to loaders by Astro but not part of the public LoaderContext type
      type EntryTypes = Map<string, { getEntryInfo: unknown }>;
      const c = ctx as typeof ctx & { entryTypes: EntryTypes };
      return inner.load({
        ...c,
        // keep only front-matter parsing; no Astro Markdown rendering at load time
        entryTypes: new Map([...c.entryTypes].map(([ext, t]) => [ext, { getEntryInfo: t.getEntryInfo }] as const)),
      } as typeof ctx);
    },
  };
}

export const collections = {
  issues: defineCollection({ loader: source('issues'), schema: issueSchema }),
  documents: defineCollection({ loader: source('documents'), schema: documentSchema }),
  items: defineCollection({ loader: source('items'), schema: itemSchema }),
  units: defineCollection({ loader: source('units'), schema: unitSchema }),
};
