import { LEGEND_ORDER, term } from '../../lens/vocabulary';
import { ShortcutKeys } from './legend/ShortcutKeys';
import { StateKey } from './legend/StateKey';
import './panels.css';
import './legend/legend.css';

/**
 * The AWS <-> orchestra mapping and the state key. Content only: the shell puts it in a dialog, so it can also be
 * printed or embedded in a docs page as is.
 */
export function Legend() {
  return (
    <div className="legend">
      <div className="table-scroll">
        <table className="legend-table">
          <caption>AWS and orchestra terms, in the order a request meets them</caption>
          <thead>
            <tr>
              <th scope="col">AWS</th>
              <th scope="col">Orchestra</th>
              <th scope="col">What it is</th>
            </tr>
          </thead>
          <tbody>
            {LEGEND_ORDER.map((concept) => (
              <tr key={concept} data-concept={concept}>
                <th scope="row">{term('aws', concept).one}</th>
                <td>{term('orchestra', concept).one}</td>
                <td>{term('aws', concept).gloss}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="legend-trap">
        The stage manager&apos;s sound check (the load balancer&apos;s health check) only reports; the conductor (the ECS
        service scheduler) decides to replace a player. Task IDs and AWS&apos;s state words stay visible in both lenses.
      </p>
      <StateKey />
      <ShortcutKeys />
    </div>
  );
}
