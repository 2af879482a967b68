import type { Command } from '../../../engine';
import { LIMITS } from '../../../engine';
import { useSim } from '../../../store';
import { CommandButtons } from './CommandButtons';

export const SPIKE_SECONDS = 300;

/** Five times the traffic now (at least 20 a second), within the simulator's limit. */
export function spikeRate(rate: number): number {
  return Math.min(LIMITS.trafficRate.value, Math.max(20, Math.round(rate * 5)));
}

/** A spike pushed by hand: the `spikeTraffic` command, allowed or not as the engine answers. */
export function SpikeButton() {
  const check = useSim((state) => state.check);
  const rate = useSim((state) => state.snapshot.traffic.rate);
  // Re-asked whenever the world changes (the traffic, or a timeline grown full).
  useSim((state) => state.world);
  const command: Command = { do: 'spikeTraffic', rate: spikeRate(rate), seconds: SPIKE_SECONDS };
  const answer = check(command);
  return (
    <CommandButtons
      heading="Traffic spike"
      buttons={[{
        action: 'spikeTraffic',
        label: 'Push a spike',
        why: answer.allowed ? null : answer.reason,
        effect: `${command.rate} requests per second for ${SPIKE_SECONDS / 60} minutes, then back to the traffic as it was.`,
        command,
      }]}
    />
  );
}
