import { SHORTCUTS } from '../../useShortcuts';

/** The keys the app answers while it has focus (the same list useShortcuts acts on), Undo and Redo included. */
export function ShortcutKeys() {
  return (
    <div className="table-scroll">
      <table className="legend-table shortcut-keys">
        <caption>Keys, while the app has focus</caption>
        <thead>
          <tr>
            <th scope="col">Keys</th>
            <th scope="col">What they do</th>
          </tr>
        </thead>
        <tbody>
          {SHORTCUTS.map((shortcut) => (
            <tr key={shortcut.keys}>
              <th scope="row">
                <kbd>{shortcut.keys}</kbd>
              </th>
              <td>{shortcut.does}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
