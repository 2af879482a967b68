/** The command line run in-process, its output collected (tests only). */
import { runSimulate } from '../../src/cli/runSimulate';

export function cli(...argv: string[]): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const code = runSimulate(argv, { stdout: (t) => (out += t), stderr: (t) => (err += t) });
  return { code, out, err };
}

/** The output's JSON lines. */
export const lines = (out: string) => out.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
