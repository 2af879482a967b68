import { issueFile, type ScenarioIssue } from '../../scenario';

/** Problems with their place: the file, the resource's logical ID and the property path, then what is wrong. */
export function IssueList({ issues, label }: { readonly issues: readonly ScenarioIssue[]; readonly label: string }) {
  if (issues.length === 0) return null;
  return (
    <ul className="issue-list" aria-label={label}>
      {issues.map((issue, index) => (
        <li key={index}>
          {issue.file ? <span className="issue-file">{issueFile(issue)}</span> : null}
          <code className="issue-place">{issue.resource + (issue.path ? `.${issue.path}` : '')}</code>
          <span className="issue-message">{issue.message}</span>
        </li>
      ))}
    </ul>
  );
}
