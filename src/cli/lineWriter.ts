/** The command line's output: lines gathered per slice of simulated time and written as one chunk. */

/** Simulated time per slice: a second at the traffic limit is about a thousand lines. */
export const SLICE_MS = 1000;

/** Collects a slice's lines and writes them as one chunk: one write per event would dominate a busy run. */
export class LineWriter {
  private buffer: string[] = [];
  constructor(private readonly write: (text: string) => void) {}
  line(text: string): void {
    this.buffer.push(text);
  }
  flush(): void {
    if (this.buffer.length === 0) return;
    this.write(this.buffer.join('\n') + '\n');
    this.buffer = [];
  }
}
