import { useId, useState, type FormEvent } from 'react';
import { KNOWN_INSTANCE_TYPES } from '../../../engine';
import { useSim } from '../../../store';
import { judgeNumber } from './NumberCommandForm';

/** Enough to watch placement change; more would crowd the stage. */
export const MAX_INSTANCES_TO_ADD = 6;

export interface AddInstancesFormProps {
  readonly clusterId: string;
  /** Preselected; addInstances defaults to the cluster's first instance type too. */
  readonly defaultType: string;
}

/** addInstances: how many and of which type, as an Auto Scaling group scaling out would register them. */
export function AddInstancesForm({ clusterId, defaultType }: AddInstancesFormProps) {
  const id = useId();
  const dispatch = useSim((state) => state.dispatch);
  const check = useSim((state) => state.check);
  const [text, setText] = useState('1');
  const [type, setType] = useState(defaultType);
  const [error, setError] = useState<string | null>(null);
  // An unknown type from a template still deserves to be offered as it is.
  const types = KNOWN_INSTANCE_TYPES.includes(defaultType) ? KNOWN_INSTANCE_TYPES : [defaultType, ...KNOWN_INSTANCE_TYPES];

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const judged = judgeNumber(text, MAX_INSTANCES_TO_ADD, (count) => ({ do: 'addInstances', cluster: clusterId, count, instanceType: type }), check);
    if (!judged.ok) {
      setError(judged.error);
      return;
    }
    setError(null);
    dispatch(judged.command);
  };

  return (
    <form className="number-form add-instances" onSubmit={submit} noValidate>
      <div className="add-instances-fields">
        <div className="add-instances-field">
          <label htmlFor={`${id}-count`}>Instances to add</label>
          <input
            id={`${id}-count`}
            type="number"
            inputMode="numeric"
            max={MAX_INSTANCES_TO_ADD}
            step={1}
            value={text}
            aria-invalid={error !== null}
            aria-describedby={error ? `${id}-error` : `${id}-hint`}
            onChange={(event) => setText(event.target.value)}
          />
        </div>
        <div className="add-instances-field">
          <label htmlFor={`${id}-type`}>Instance type</label>
          <select id={`${id}-type`} value={type} onChange={(event) => setType(event.target.value)}>
            {types.map((candidate) => (
              <option key={candidate} value={candidate}>
                {candidate}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div>
        <button type="submit">Add instances</button>
      </div>
      <p id={`${id}-hint`} className="hint">
        They register ACTIVE at once, continuing the round robin over Availability Zones; waiting tasks are placed on them.
      </p>
      {error ? (
        <p id={`${id}-error`} className="form-error">
          {error}
        </p>
      ) : null}
    </form>
  );
}
