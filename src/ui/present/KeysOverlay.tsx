import { useEffect, useRef } from 'react';
import { useSim } from '../../store';
import { KeyTable } from '../panels/legend/KeyTable';
import { useShortcutTable } from '../shell/shortcutTable';
import '../panels/legend/legend.css';

/**
 * The `?` overlay: every key of the app, generated from the table the keys are bound from (keyBindings.ts). Focus
 * moves to its Close button and returns where it was; Escape or `?` closes it. The table comes right after the first
 * frame (shortcutTable.ts), as the keys that open the overlay do.
 */
export function KeysOverlay() {
  const open = useSim((state) => state.presenter.keys);
  const setPresenter = useSim((state) => state.setPresenter);
  const table = useShortcutTable();
  const shown = open && table !== null;
  const close = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!shown) return undefined;
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    close.current?.focus();
    return () => {
      if (before && before.isConnected) before.focus();
    };
  }, [shown]);
  if (!shown) return null;
  const { KEY_GROUPS, rowsOf } = table;
  return (
    <div className="keys-overlay" role="dialog" aria-modal="false" aria-labelledby="keys-overlay-title" data-testid="keys-overlay">
      <div className="keys-overlay-head">
        <h2 id="keys-overlay-title">Keys</h2>
        <p>While the app has focus, never while typing in a field.</p>
        <button ref={close} type="button" onClick={() => setPresenter({ keys: false })}>
          Close
        </button>
      </div>
      <div className="keys-overlay-groups">
        {KEY_GROUPS.map((group) => (
          <KeyTable key={group} caption={group} rows={rowsOf(group)} />
        ))}
      </div>
    </div>
  );
}
