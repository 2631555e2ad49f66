/**
 * Located problems, in the manner of vfile messages: every problem names the file, the
 * 1-based source line and a rule id, so a reader can go straight to the offending text.
 * An error fails the run; a warning (a unit the registry does not know, a table whose columns
 * cannot be recovered) is reported and counted, and the run goes on.
 */
import type { Rule } from './rules.ts';

export type { Rule };

export interface Location {
  /** Path of the source file, relative to the project root. */
  file: string;
  /** 1-based line in that file. */
  line: number;
}

export interface Message extends Location {
  /** Stable id of the rule that fired, e.g. `table-row-without-units` (scripts/lib/rules.ts). */
  rule: Rule;
  /** Plain-language explanation. */
  reason: string;
  /** `error` fails the run; `warning` does not. */
  severity: 'error' | 'warning';
}

/** Collects problems during a run; the orchestrator fails the run when any error was recorded. */
export class MessageLog {
  readonly messages: Message[] = [];

  /** Records an error: the run fails. */
  report(at: Location, rule: Rule, reason: string): void {
    this.messages.push({ file: at.file, line: at.line, rule, reason, severity: 'error' });
  }

  /** Records a warning: the run goes on. */
  warn(at: Location, rule: Rule, reason: string): void {
    this.messages.push({ file: at.file, line: at.line, rule, reason, severity: 'warning' });
  }

  get errors(): Message[] {
    return this.messages.filter((m) => m.severity === 'error');
  }

  get warnings(): Message[] {
    return this.messages.filter((m) => m.severity === 'warning');
  }

  get failed(): boolean {
    return this.errors.length > 0;
  }

  format(messages = this.messages): string {
    return messages.map(formatMessage).join('\n');
  }

  /** Warnings counted by rule, e.g. `3 warnings (2 unknown-unit, 1 table-columns)`; empty when none. */
  warningSummary(): string {
    const byRule = new Map<string, number>();
    for (const m of this.warnings) byRule.set(m.rule, (byRule.get(m.rule) ?? 0) + 1);
    if (byRule.size === 0) return '';
    const counts = [...byRule].map(([rule, n]) => `${n} ${rule}`).join(', ');
    return `${this.warnings.length} warning${this.warnings.length === 1 ? '' : 's'} (${counts})`;
  }
}

export function formatMessage(m: Omit<Message, 'severity'> & { severity?: Message['severity'] }): string {
  return `${m.file}:${m.line}: ${m.severity === 'warning' ? 'warning: ' : ''}${m.reason} [${m.rule}]`;
}

/** An error that stops a stage at once; it carries its location for the CLI to print. */
export class IngestError extends Error {
  readonly at: Location;
  readonly rule: Rule;

  constructor(at: Location, rule: Rule, reason: string) {
    super(reason);
    this.name = 'IngestError';
    this.at = at;
    this.rule = rule;
  }

  toString(): string {
    return formatMessage({ ...this.at, rule: this.rule, reason: this.message });
  }
}

/**
 * Runs one step of the pipeline for the text at `at`; any error that is not already located
 * (a bug, a duplicate anchor, a failed schema check) is reported there, so the run still ends
 * with `file:line: message [rule]` and never a stack trace.
 */
export function located<T>(at: Location, rule: Rule, step: () => T): T {
  try {
    return step();
  } catch (error) {
    if (error instanceof IngestError) throw error;
    throw new IngestError(at, rule, error instanceof Error ? error.message : String(error));
  }
}
