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
  /**
   * The stack (or stacks, comma separated) the problem was found in, when the file is a nested stack or one
   * another stack imports from: a file nested twice reports a problem once, naming both stacks.
   */
  readonly stack?: string;
}

/** "file (stack S)": where a bundle's issue is. */
export function issueFile(issue: ScenarioIssue): string | undefined {
  if (issue.file === undefined) return undefined;
  return issue.stack === undefined ? issue.file : `${issue.file} (stack ${issue.stack})`;
}

export function formatIssue(issue: ScenarioIssue): string {
  const where = [issueFile(issue), issue.resource + (issue.path ? '.' + issue.path : '')].filter(Boolean).join(': ');
  return `${issue.severity}: ${where}: ${issue.message}`;
}
