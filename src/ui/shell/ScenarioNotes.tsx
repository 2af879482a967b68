import { formatIssue } from '../../scenario';
import { useSim } from '../../store';
import { plural } from '../format';

/** Loader warnings and resources the model does not simulate: honest about what the world leaves out. */
export function ScenarioNotes() {
  const warnings = useSim((state) => state.scenario.warnings);
  const notSimulated = useSim((state) => state.scenario.notSimulated);
  if (warnings.length === 0 && notSimulated.length === 0) return null;
  const parts = [
    warnings.length > 0 ? plural(warnings.length, 'warning') : null,
    notSimulated.length > 0 ? `${plural(notSimulated.length, 'resource')} not simulated` : null,
  ].filter(Boolean);
  return (
    <details className="notes">
      <summary>{parts.join(', ')}</summary>
      {warnings.length > 0 ? (
        <ul>
          {warnings.map((issue, index) => (
            <li key={index}>{formatIssue(issue)}</li>
          ))}
        </ul>
      ) : null}
      {notSimulated.length > 0 ? (
        <p>
          Not simulated:{' '}
          {notSimulated.map((resource) => `${resource.logicalId} (${resource.type})`).join(', ')}
        </p>
      ) : null}
    </details>
  );
}
