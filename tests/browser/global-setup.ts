/** vitest globalSetup: build dist/ once (if missing or stale) before any test file reads or serves it. */
import { ensureBuilt } from '../support/site.ts';

export default function setup(): void {
  ensureBuilt();
}
