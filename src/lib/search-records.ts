/** The search record (`data-search`, src/search/record.ts) of each kind of page, built from its record. */
import type { DocumentRecord } from '../../model/schema.ts';
import { KIND, type SearchRecord } from '../search/record.ts';

export function documentSearchRecord(doc: DocumentRecord, unitName: (slug: string) => string): SearchRecord {
  return { title: doc.title, kind: KIND.document, number: doc.number, issuer: doc.issuer, date: doc.date, units: doc.units.map(unitName) };
}
