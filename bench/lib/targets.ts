/** The targets of issue 5, each judged met or missed from the bench's figures. */
import type { DesignFigures } from './search.ts';
import type { SiteSize } from './size.ts';
import { kb, ms } from './report.ts';

export interface Target {
  target: string;
  figure: string;
  /** null: not measured in this run (the size, search and build targets are skipped by --ingest-only) */
  met: boolean | null;
}

export interface Figures {
  ingestCliMs: number;
  build?: { oneMs: number; tenMs: number };
  size?: SiteSize;
  search?: DesignFigures;
}

export function targets(f: Figures): Target[] {
  const t: Target[] = [{ target: 'ingest of one issue ≤ 1 s (CLI wall time)', figure: ms(f.ingestCliMs), met: f.ingestCliMs <= 1000 }];
  const notMeasured = (target: string) => t.push({ target, figure: 'not measured (--ingest-only)', met: null });
  if (f.build) {
    const r = f.build.tenMs / f.build.oneMs;
    t.push({
      target: 'ingest + build of 10 issues ≤ 10× one issue',
      figure: `${r.toFixed(2)}× (${ms(f.build.tenMs)} vs ${ms(f.build.oneMs)})`,
      met: r <= 10,
    });
  } else notMeasured('ingest + build of 10 issues ≤ 10× one issue');
  const doc = f.size?.kinds.document;
  if (doc) t.push({ target: 'document page JS ≤ 20 KB gzip besides search', figure: kb(doc.jsGzipBytes), met: doc.jsGzipBytes <= 20_000 });
  else notMeasured('document page JS ≤ 20 KB gzip besides search');
  const s = f.search;
  if (s) {
    t.push(
      {
        target: 'first search ≤ 150 KB (median query)',
        figure: `${kb(s.firstMedianBytes)} (一业一证 ${kb(s.firstReferenceBytes)}, worst ${kb(s.firstMaxBytes)} for ${s.firstMaxQuery})`,
        met: s.firstMedianBytes <= 150_000,
      },
      {
        target: 'later search ≤ 30 KB (median query)',
        figure: `${kb(s.laterMedianBytes)} (worst ${kb(s.laterMaxBytes)} for ${s.laterMaxQuery})`,
        met: s.laterMedianBytes <= 30_000,
      },
      { target: 'recall ≥ 0.99 (Traditional included)', figure: s.recall.toFixed(4), met: s.recall >= 0.99 },
      { target: 'precision ≥ 0.95 (Traditional included)', figure: s.precision.toFixed(4), met: s.precision >= 0.95 },
    );
  } else for (const x of ['first search ≤ 150 KB', 'later search ≤ 30 KB', 'recall ≥ 0.99', 'precision ≥ 0.95']) notMeasured(x);
  return t;
}
