/**
 * Located problems, in the manner of vfile messages: every problem names the file, the
 * 1-based source line and a rule id, so a reader can go straight to the offending text.
 */
export interface Location {
  /** Path of the source file, relative to the project root. */
  file: string;
  /** 1-based line in that file. */
  line: number;
}

export interface Message extends Location {
  /** Stable id of the rule that fired, e.g. `table-row-without-units`. */
  rule: string;
  /** Plain-language explanation. */
  reason: string;
}

/** Collects problems during a run; the orchestrator fails the run when any were recorded. */
export class MessageLog {
  readonly messages: Message[] = [];

  report(at: Location, rule: string, reason: string): void {
    this.messages.push({ file: at.file, line: at.line, rule, reason });
  }

  get failed(): boolean {
    return this.messages.length > 0;
  }

  format(): string {
    return this.messages.map(formatMessage).join('\n');
  }
}

export function formatMessage(m: Message): string {
  return `${m.file}:${m.line}: ${m.reason} [${m.rule}]`;
}

/** An error that stops a stage at once; it carries its location for the CLI to print. */
export class IngestError extends Error {
  readonly at: Location;
  readonly rule: string;

  constructor(at: Location, rule: string, reason: string) {
    super(reason);
    this.name = 'IngestError';
    this.at = at;
    this.rule = rule;
  }

  toString(): string {
    return formatMessage({ ...this.at, rule: this.rule, reason: this.message });
  }
}
