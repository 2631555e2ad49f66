/** html-validate (recommended rules, config in .htmlvalidate.json) over every built page. */
import { describe, expect, it } from 'vitest';
import { HtmlValidate, FileSystemConfigLoader } from 'html-validate';
import path from 'node:path';
import { htmlFiles, DIST } from '../support/site.ts';

// dist/ is built once by the globalSetup in vitest.config.ts

describe('HTML validity', () => {
  it('every page in dist/ validates with zero html-validate errors', async () => {
    const files = htmlFiles();
    expect(files.length).toBeGreaterThan(200);
    const hv = new HtmlValidate(new FileSystemConfigLoader());
    const errors: string[] = [];
    for (const f of files) {
      const report = await hv.validateFile(f);
      for (const r of report.results)
        for (const m of r.messages)
          if (m.severity === 2) errors.push(`${path.relative(DIST, f)}:${m.line}:${m.column} ${m.ruleId} ${m.message}`);
    }
    console.log(`html-validate: ${files.length} pages checked, ${errors.length} errors`);
    expect(errors.slice(0, 30)).toEqual([]);
  }, 300_000);
});
