import { useSim } from '../../../store';
import { NumberCommandForm } from './NumberCommandForm';

/** Above this the stage can only tick counters, and a phone struggles at 60x. */
export const MAX_TRAFFIC_RATE = 500;

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
