import { useState } from 'react';
import { useFirstWorld } from './useFirstWorld';
import './io.css';

/**
 * What the page's address asked for that the app did differently (a scenario it could not open, a rate it capped),
 * said once at the top, beside the session notice and in its style, until dismissed or another world is loaded.
 */
export function StartupNotice({ notices }: { readonly notices: readonly string[] }) {
  const [dismissed, setDismissed] = useState(false);
  const firstWorld = useFirstWorld();
  if (dismissed || !firstWorld) return null;
  return (
    <section className="session-notice session-notice-problem" aria-label="Address" role="status">
      {notices.map((text) => (
        <p key={text}>{text}</p>
      ))}
      <div className="session-notice-actions">
        <button type="button" className="button-secondary" onClick={() => setDismissed(true)}>
          Dismiss
        </button>
      </div>
    </section>
  );
}
