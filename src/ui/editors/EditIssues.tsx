import type { ScenarioIssue } from '../../scenario';
import './edits.css';

/**
 * What the validators said about an edit, in AWS's words, next to the form that made it. Errors mean nothing was
 * applied; warnings come with an applied edit.
 */
export function EditIssues({ issues, title }: { readonly issues: readonly ScenarioIssue[]; readonly title?: string }) {
  if (issues.length === 0) return null;
  const errors = issues.some((i) => i.severity === 'error');
  return (
    <div className={errors ? 'edit-issues edit-errors' : 'edit-issues edit-warnings'} role={errors ? 'alert' : 'status'}>
      <p className="edit-issues-title">{title ?? (errors ? 'Not applied: AWS would refuse this' : 'Applied, with a note')}</p>
      <ul>
        {issues.map((issue, i) => (
          <li key={i}>
            <span className="mono">{issue.resource}{issue.path ? `.${issue.path}` : ''}</span>: {issue.message}
          </li>
        ))}
      </ul>
    </div>
  );
}
