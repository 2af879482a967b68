import { LIMITS } from '../../../engine';
import { useSim } from '../../../store';
import { NumberCommandForm } from './NumberCommandForm';

/** The loader's limit (src/engine/limits.ts): the form refuses what a template or a script would. */
export const MAX_TRAFFIC_RATE = LIMITS.trafficRate.value;

/** setTraffic with the rate only, so the scenario's mix of requests stays as written. */
export function TrafficRateControl() {
  const dispatch = useSim((state) => state.dispatch);
  const rate = useSim((state) => state.snapshot.traffic.rate);
  return (
    <NumberCommandForm
      label="Requests per second"
      action="Set traffic rate"
      initial={rate}
      max={MAX_TRAFFIC_RATE}
      integer={false}
      hint={`Now ${rate} per second, arriving at random (Poisson).`}
      commandFor={(value) => ({ do: 'setTraffic', rate: value })}
      onSubmit={(command) => {
        dispatch(command);
        return null;
      }}
    />
  );
}
