import type { IssueSeverity, ScenarioIssue } from './issues';

/**
 * Collects every problem instead of stopping at the first. The same value can be evaluated twice (a name read for an
 * ARN and again for the spec), so identical issues are kept once.
 */
export class IssueSink {
  private readonly seen = new Set<string>();
  readonly errors: ScenarioIssue[] = [];
  readonly warnings: ScenarioIssue[] = [];

  error(resource: string, path: string, message: string): void {
    this.add('error', resource, path, message);
  }

  warn(resource: string, path: string, message: string): void {
    this.add('warning', resource, path, message);
  }

  addAll(issues: readonly ScenarioIssue[]): void {
    for (const issue of issues) this.add(issue.severity, issue.resource, issue.path, issue.message);
  }

  get hasErrors(): boolean {
    return this.errors.length > 0;
  }

  private add(severity: IssueSeverity, resource: string, path: string, message: string): void {
    const key = `${severity}\u0000${resource}\u0000${path}\u0000${message}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    const issue: ScenarioIssue = { severity, resource, path, message };
    (severity === 'error' ? this.errors : this.warnings).push(issue);
  }
}
