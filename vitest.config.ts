import { defineConfig } from 'vitest/config';

/**
 * Three projects. `unit` (model, pipeline stages, render transforms, search helpers) needs no
 * built site and runs in seconds; `site` and `browser` read or serve dist/, so only they build it
 * first (once: the build is skipped when dist/ is newer than its sources).
 *   npx vitest run --project unit        # the edit-and-test loop
 *   npm test                             # lint, then all three
 */
const buildFirst = ['tests/browser/global-setup.ts'];
/** Removes the scratch folders each test file made (tests/support/temp.ts). */
const setupFiles = ['tests/support/remove-temp.ts'];

export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/*.test.ts'], setupFiles } },
      { test: { name: 'site', include: ['tests/site/**/*.test.ts', 'tests/quality/**/*.test.ts'], globalSetup: buildFirst, setupFiles } },
      { test: { name: 'browser', include: ['tests/browser/**/*.test.ts'], globalSetup: buildFirst, setupFiles } },
    ],
  },
});
