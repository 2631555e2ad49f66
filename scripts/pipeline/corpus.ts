/**
 * What the issues ingested so far leave for the next one: the code of every 文号 prefix met (the
 * registry, content/source/prefixes.yaml, and what this run added), the documents a later issue
 * can cite or repeal, and the issue each 文号 was printed in.
 */
import type { MessageLog } from '../lib/messages.ts';
import { PrefixRegistry } from '../../model/prefixes.ts';
import type { DocumentRecord } from '../../model/schema.ts';
import { CitableDocuments } from './6-link/citations.ts';

export class Corpus {
  /** 文号 prefix → the code its slugs start with. */
  readonly prefixes: PrefixRegistry;
  /** Documents of earlier issues, for citations across issues. */
  readonly citable = new CitableDocuments();
  private readonly issueOf = new Map<string, string>();

  constructor(prefixes = new PrefixRegistry()) {
    this.prefixes = prefixes;
  }

  /** Adds a linked document; a 文号 printed in an earlier issue too is an error (`duplicate-number`). */
  add(record: DocumentRecord, file: string, log: MessageLog): void {
    this.citable.add(record);
    if (!record.number) return; // a 政策解读 has no 文号
    const seen = this.issueOf.get(record.number);
    if (seen) log.report({ file, line: record.lines[0] }, 'duplicate-number', `文号 ${record.number} is also in issue ${seen}`);
    this.issueOf.set(record.number, record.issue);
  }
}
