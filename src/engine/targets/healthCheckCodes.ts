/**
 * A target group health check's success codes, CloudFormation's `Matcher.HttpCode` (fact 107): "200", "200,202",
 * "200-299", or a mix such as "200,300-399". Not listener-rule matching (that is alb/conditions.ts). The health
 * checker asks on every check, so `isSuccessCode` scans the text without allocating.
 */

export interface CodeRange {
  readonly from: number;
  readonly to: number;
}

const CODE_0 = 48;
const CODE_9 = 57;
const CODE_COMMA = 44;
const CODE_DASH = 45;

/** Ranges as written, or null when the text is not a list of codes and code ranges. Bounds are not checked here. */
export function parseSuccessCodes(matcher: string): CodeRange[] | null {
  const ranges: CodeRange[] = [];
  let i = 0;
  const n = matcher.length;
  const readNumber = (): number | null => {
    const start = i;
    let value = 0;
    while (i < n) {
      const code = matcher.charCodeAt(i);
      if (code < CODE_0 || code > CODE_9) break;
      value = value * 10 + (code - CODE_0);
      i++;
    }
    return i > start && i - start <= 6 ? value : null;
  };
  if (n === 0) return null;
  while (i < n) {
    const from = readNumber();
    if (from === null) return null;
    let to = from;
    if (matcher.charCodeAt(i) === CODE_DASH) {
      i++;
      const end = readNumber();
      if (end === null || end < from) return null;
      to = end;
    }
    ranges.push({ from, to });
    if (i === n) break;
    if (matcher.charCodeAt(i) !== CODE_COMMA || i === n - 1) return null;
    i++;
  }
  return ranges;
}

/** Whether `status` counts as a successful health check; malformed success codes accept nothing. */
export function isSuccessCode(matcher: string, status: number): boolean {
  const n = matcher.length;
  let i = 0;
  let accepted = false;
  while (i < n) {
    let from = 0;
    let digits = 0;
    for (let code = matcher.charCodeAt(i); code >= CODE_0 && code <= CODE_9; code = matcher.charCodeAt(++i)) {
      from = from * 10 + (code - CODE_0);
      digits++;
    }
    if (digits === 0) return false;
    let to = from;
    if (matcher.charCodeAt(i) === CODE_DASH) {
      i++;
      to = 0;
      digits = 0;
      for (let code = matcher.charCodeAt(i); code >= CODE_0 && code <= CODE_9; code = matcher.charCodeAt(++i)) {
        to = to * 10 + (code - CODE_0);
        digits++;
      }
      if (digits === 0) return false;
    }
    if (to < from) return false;
    if (status >= from && status <= to) accepted = true;
    if (i === n) break;
    if (matcher.charCodeAt(i) !== CODE_COMMA || i === n - 1) return false;
    i++;
  }
  return accepted;
}
