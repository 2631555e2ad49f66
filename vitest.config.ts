import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // build dist/ once up front, so no test file rebuilds it while another is reading it
    globalSetup: ['tests/browser/global-setup.ts'],
  },
});
