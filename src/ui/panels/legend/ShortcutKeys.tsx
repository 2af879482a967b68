import { SHORTCUTS } from '../../shell/useShortcuts';
import { KeyTable } from './KeyTable';

/** The keys the app answers while it has focus (the same list useShortcuts acts on), Undo and Redo included. */
export function ShortcutKeys() {
  return <KeyTable caption="Keys, while the app has focus" rows={SHORTCUTS} />;
}
