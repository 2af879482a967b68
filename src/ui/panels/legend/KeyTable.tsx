export interface KeyTableProps {
  readonly caption: string;
  readonly rows: readonly { readonly keys: string; readonly does: string }[];
}

/** Keys and what they do, as a table with a caption (the Legend's and Help's). */
export function KeyTable({ caption, rows }: KeyTableProps) {
  return (
    <div className="table-scroll">
      <table className="legend-table shortcut-keys">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Keys</th>
            <th scope="col">What they do</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.keys}>
              <th scope="row">
                <kbd>{row.keys}</kbd>
              </th>
              <td>{row.does}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
