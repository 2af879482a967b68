/**
 * Finds where JSON text goes wrong. JSON.parse's messages differ between browsers and Node versions (some carry no
 * position at all), so a small scanner of our own gives the same line and column everywhere.
 */

export interface JsonSyntaxError {
  readonly line: number;
  readonly column: number;
  readonly message: string;
}

class Failure extends Error {
  constructor(
    readonly offset: number,
    message: string,
  ) {
    super(message);
  }
}

export function locateJsonError(text: string): JsonSyntaxError | null {
  const scanner = new Scanner(text);
  try {
    scanner.skipSpace();
    scanner.value();
    scanner.skipSpace();
    if (scanner.pos < text.length) throw new Failure(scanner.pos, `Unexpected ${describe(text, scanner.pos)} after the end of the JSON value`);
    return null;
  } catch (failure) {
    if (!(failure instanceof Failure)) throw failure;
    const { line, column } = lineAndColumn(text, failure.offset);
    return { line, column, message: failure.message };
  }
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text[i] === '\n') {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

function describe(text: string, pos: number): string {
  if (pos >= text.length) return 'end of input';
  return `character ${JSON.stringify(text[pos])}`;
}

class Scanner {
  pos = 0;
  constructor(private readonly text: string) {}

  skipSpace(): void {
    while (this.pos < this.text.length && ' \t\n\r'.includes(this.text[this.pos] ?? '')) this.pos++;
  }

  value(): void {
    const ch = this.text[this.pos];
    if (ch === '{') return this.object();
    if (ch === '[') return this.array();
    if (ch === '"') return this.string();
    if (ch === '-' || (ch !== undefined && ch >= '0' && ch <= '9')) return this.number();
    for (const word of ['true', 'false', 'null']) {
      if (this.text.startsWith(word, this.pos)) {
        this.pos += word.length;
        return;
      }
    }
    throw new Failure(this.pos, `Unexpected ${describe(this.text, this.pos)}; expected a JSON value`);
  }

  private object(): void {
    this.pos++;
    this.skipSpace();
    if (this.text[this.pos] === '}') {
      this.pos++;
      return;
    }
    for (;;) {
      this.skipSpace();
      if (this.text[this.pos] !== '"') throw new Failure(this.pos, `Unexpected ${describe(this.text, this.pos)}; expected a property name in double quotes`);
      this.string();
      this.skipSpace();
      if (this.text[this.pos] !== ':') throw new Failure(this.pos, `Unexpected ${describe(this.text, this.pos)}; expected ":" after the property name`);
      this.pos++;
      this.skipSpace();
      this.value();
      this.skipSpace();
      const ch = this.text[this.pos];
      if (ch === ',') {
        this.pos++;
        continue;
      }
      if (ch === '}') {
        this.pos++;
        return;
      }
      throw new Failure(this.pos, `Unexpected ${describe(this.text, this.pos)}; expected "," or "}"`);
    }
  }

  private array(): void {
    this.pos++;
    this.skipSpace();
    if (this.text[this.pos] === ']') {
      this.pos++;
      return;
    }
    for (;;) {
      this.skipSpace();
      this.value();
      this.skipSpace();
      const ch = this.text[this.pos];
      if (ch === ',') {
        this.pos++;
        continue;
      }
      if (ch === ']') {
        this.pos++;
        return;
      }
      throw new Failure(this.pos, `Unexpected ${describe(this.text, this.pos)}; expected "," or "]"`);
    }
  }

  private string(): void {
    this.pos++;
    while (this.pos < this.text.length) {
      const ch = this.text[this.pos] ?? '';
      if (ch === '"') {
        this.pos++;
        return;
      }
      if (ch === '\\') {
        const next = this.text[this.pos + 1] ?? '';
        if (next === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(this.text.slice(this.pos + 2, this.pos + 6))) throw new Failure(this.pos, 'Bad \\u escape in string');
          this.pos += 6;
          continue;
        }
        if (!'"\\/bfnrt'.includes(next) || next === '') throw new Failure(this.pos, 'Bad escape in string');
        this.pos += 2;
        continue;
      }
      if (ch < ' ') throw new Failure(this.pos, 'Bad control character in string (line breaks must be written \\n)');
      this.pos++;
    }
    throw new Failure(this.pos, 'Unterminated string');
  }

  private number(): void {
    const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(this.text.slice(this.pos));
    if (!match) throw new Failure(this.pos, 'Bad number');
    this.pos += match[0].length;
  }
}
