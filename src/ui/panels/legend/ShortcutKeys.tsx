import { KEY_GROUPS, rowsOf } from '../../shell/keyBindings';
import { KeyTable } from './KeyTable';

/** The keys the app answers while it has focus, from the table useShortcuts binds (keyBindings.ts), by group. */
export function ShortcutKeys() {
  return (
    <>
      {KEY_GROUPS.map((group) => (
        <KeyTable key={group} caption={`Keys, while the app has focus: ${group.toLowerCase()}`} rows={rowsOf(group)} />
      ))}
    </>
  );
}
