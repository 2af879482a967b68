import { LIMITS } from '../../../engine';
import { useSim } from '../../../store';
import { NumberCommandForm } from './NumberCommandForm';

/** The loader's limit, AWS's tasks per service (src/engine/limits.ts): the form refuses what a template would. */
export const MAX_DESIRED_COUNT = LIMITS.tasksPerService.value;

/** setDesiredCount as an edit: validated like the editors' edits, and undoable (Undo sets the count back). */
export function DesiredCountControl({ serviceId, current }: { readonly serviceId: string; readonly current: number }) {
  const edit = useSim((state) => state.edit);
  const name = useSim((state) => state.world.services.find((service) => service.id === serviceId)?.name ?? serviceId);
  return (
    <NumberCommandForm
      key={serviceId}
      label="Desired count"
      action="Set desired count"
      initial={current}
      max={MAX_DESIRED_COUNT}
      integer
      hint={`Now ${current}. ECS starts or stops tasks to match.`}
      commandFor={(count) => ({ do: 'setDesiredCount', service: serviceId, count })}
      onSubmit={(command) => {
        const result = edit(command, `Set the desired count of ${name} to ${command.count}`);
        return result.ok ? null : result.errors.map((issue) => issue.message).join(' ');
      }}
    />
  );
}
