import { useSimStore } from '../../store';
import { saveExport } from './saveExport';

/**
 * Saving in this browser failed (storage full, or turned off for this visit): said as an alert, since a reload
 * would lose the run, with the way to keep it, a session file Import… reopens at the same moment.
 */
export function SaveProblem({ reason }: { readonly reason: string }) {
  const store = useSimStore();
  const exportSession = () => {
    void saveExport(store, 'session');
  };
  return (
    <section className="session-notice session-notice-problem" aria-label="Saving" role="alert">
      <p>
        Your world is not being saved in this browser: {reason}. A reload would lose what you have done since. Export the session to keep it;
        Import… opens it again at the same moment.
      </p>
      <div className="session-notice-actions">
        <button type="button" onClick={exportSession}>
          Export session
        </button>
      </div>
    </section>
  );
}
