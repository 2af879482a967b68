/**
 * Entry of `npm run simulate`; the command itself is runSimulate.
 */
import { runSimulate } from './runSimulate';

process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  // A reader that stops early (`| head`) is not a failure of the simulation.
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});
process.exitCode = runSimulate(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});
