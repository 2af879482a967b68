/**
 * A problem found in a scenario: where (resource logical ID and property path, as CloudFormation names them) and
 * what AWS allows, in AWS's words where AWS has them.
 */
export type IssueSeverity = 'error' | 'warning';

export interface ScenarioIssue {
  readonly severity: IssueSeverity;
  /** Logical ID of the resource, or a template section such as "Metadata.EcsOrchestra" or "Parameters.X". */
  readonly resource: string;
  /** Property path inside the resource, e.g. "Properties.Conditions[0].Values[1]"; "" for the whole resource. */
  readonly path: string;
  readonly message: string;
  /** File the problem is in, when several are loaded together. */
  readonly file?: string;
}

export function formatIssue(issue: ScenarioIssue): string {
  const where = [issue.file, issue.resource + (issue.path ? '.' + issue.path : '')].filter(Boolean).join(': ');
  return `${issue.severity}: ${where}: ${issue.message}`;
}
