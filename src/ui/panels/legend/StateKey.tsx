import { TARGET_STATE_WORDS } from '../../../lens/vocabulary';
import { StateBadge } from '../../StateBadge';

interface StateRow {
  /** The states drawn this way: task lastStatus words and target states. */
  readonly states: readonly string[];
  readonly shape: string;
  readonly meaning: string;
}

/** The encoding of design.md: every state has a shape and a word, never a color alone. */
export const STATE_ROWS: readonly StateRow[] = [
  { states: ['PROVISIONING', 'PENDING'], shape: 'Dashed outline, hollow', meaning: 'Waiting: ECS is finding it a place and starting it' },
  { states: ['ACTIVATING', 'initial'], shape: 'Half filled', meaning: 'Starting: registering in the target group, first health checks' },
  { states: ['RUNNING', 'healthy'], shape: 'Solid', meaning: 'Running and passing its health checks: it gets traffic' },
  { states: ['unhealthy'], shape: 'Tilted square', meaning: 'Failing health checks: the load balancer reports it, ECS replaces it' },
  {
    states: ['being replaced'],
    shape: 'Ring with two turning arrows, the reason beside it',
    meaning: 'ECS starts a replacement first, then stops it: its instance is draining or a deployment replaces it. It keeps serving until then. A task failing its own checks is drawn unhealthy, with its reason beside it too',
  },
  { states: ['DEACTIVATING', 'draining'], shape: 'Ring partly emptied', meaning: 'Leaving: finishing in-flight requests for the deregistration delay' },
  { states: ['STOPPING', 'DEPROVISIONING', 'STOPPED', 'unused'], shape: 'Hollow with a strike', meaning: 'Stopping or gone; no traffic' },
  {
    states: ['cannot be placed'],
    shape: 'Ghost card in the wings, reason beside it',
    meaning: 'EC2: no container instance has the CPU, memory or port it needs; the service events say which',
  },
];

/** Not AWS state words, but the same idea in the orchestra's terms. */
const EXTRA_WORDS: Readonly<Record<string, string>> = {
  'being replaced': 'substitute coming',
  'cannot be placed': 'waiting in the wings: no free chair on any riser',
};

/** Words that are not AWS state words keyed by the badge's mark they share. */
const BADGE_STATE: Readonly<Record<string, string>> = { 'being replaced': 'replacing' };

function orchestraWords(states: readonly string[]): string {
  const words = states
    .map((state) => TARGET_STATE_WORDS.orchestra[state] ?? EXTRA_WORDS[state])
    .filter((word): word is string => word !== undefined);
  return words.length === 0 ? '—' : words.join(', ');
}

export function StateKey() {
  return (
    <div className="table-scroll">
      <table className="legend-table">
        <caption>States: shape and word</caption>
        <thead>
          <tr>
            <th scope="col">Mark and AWS word</th>
            <th scope="col">Shape</th>
            <th scope="col">Orchestra words</th>
            <th scope="col">Meaning</th>
          </tr>
        </thead>
        <tbody>
          {STATE_ROWS.map((row) => (
            <tr key={row.states.join()}>
              <th scope="row">
                <ul className="inline-list">
                  {row.states.map((state) => (
                    <li key={state}>
                      <StateBadge state={BADGE_STATE[state] ?? state} label={state} />
                    </li>
                  ))}
                </ul>
              </th>
              <td>{row.shape}</td>
              <td>{orchestraWords(row.states)}</td>
              <td>{row.meaning}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
