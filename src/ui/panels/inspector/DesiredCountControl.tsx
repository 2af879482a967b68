import { LIMITS } from '../../../engine/limits';
import { useSim } from '../../../store';
import { NumberCommandForm } from './NumberCommandForm';

/** The loader's limit, AWS's tasks per service (src/engine/limits.ts): the form refuses what a template would. */
export const MAX_DESIRED_COUNT = LIMITS.tasksPerService.value;

export function DesiredCountControl({ serviceId, current }: { readonly serviceId: string; readonly current: number }) {
  const dispatch = useSim((state) => state.dispatch);
  return (
    <NumberCommandForm
      key={serviceId}
      label="Desired count"
      action="Set desired count"
      initial={current}
      min={0}
      max={MAX_DESIRED_COUNT}
      integer
      hint={`Now ${current}. ECS starts or stops tasks to match.`}
      onSubmit={(count) => dispatch({ do: 'setDesiredCount', service: serviceId, count })}
    />
  );
}
