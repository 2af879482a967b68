/**
 * Entry of `npm run simulate` (run from its build, see src/cli/bundle/launch.mjs); the command itself is runSimulate.
 * Output waits for the reader: after each slice of simulated time, a full pipe is let drain before the next slice
 * runs, so `| wc -l` holds one slice in memory, not the run. A reader that goes away (`| head`) ends the run at once.
 */
import { once } from 'node:events';
import { loadYamlSupport } from '../scenario';
import { simulate } from './runSimulate';

const stdout = process.stdout;
stdout.on('error', (error: NodeJS.ErrnoException) => {
  // A reader that stops early is not a failure of the simulation.
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

// Templates may be YAML; the loader reads it once its support is loaded (on demand, for the app's sake).
await loadYamlSupport();
const run = simulate(process.argv.slice(2), {
  stdout: (text) => {
    stdout.write(text);
  },
  stderr: (text) => process.stderr.write(text),
});
for (;;) {
  const step = run.next();
  if (step.done) {
    process.exitCode = step.value;
    break;
  }
  // Backpressure; otherwise one turn of the event loop, where a closed pipe's EPIPE is heard.
  if (stdout.writableNeedDrain) await once(stdout, 'drain');
  else await new Promise<void>((resolve) => setImmediate(resolve));
}
