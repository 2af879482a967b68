/**
 * IPv4 and IPv6 CIDR blocks for `source-ip` conditions (fact 91). Addresses are held as 16-bit words (2 for IPv4,
 * 8 for IPv6) so both families share one prefix comparison, and parsing writes into a caller's buffer so that
 * routing a request allocates nothing.
 */

export type IpFamily = 4 | 6;

export interface CidrBlock {
  /** As written, for messages. */
  readonly text: string;
  readonly family: IpFamily;
  readonly prefix: number;
  /** Network address with the host bits cleared. */
  readonly words: Uint16Array;
}

export interface IpAddress {
  readonly family: IpFamily;
  readonly words: Uint16Array;
}

const CODE_0 = 48;
const CODE_9 = 57;
const CODE_DOT = 46;
const CODE_COLON = 58;

/** A buffer large enough for either family. */
export function createIpBuffer(): Uint16Array {
  return new Uint16Array(8);
}

function hexValue(code: number): number {
  if (code >= CODE_0 && code <= CODE_9) return code - CODE_0;
  if (code >= 97 && code <= 102) return code - 87;
  if (code >= 65 && code <= 70) return code - 55;
  return -1;
}

/** Dotted quad in text[from, to) into out[at], out[at + 1]; leading zeros are refused as ambiguous (octal?). */
function parseV4Into(text: string, from: number, to: number, out: Uint16Array, at: number): boolean {
  let value = 0;
  let octet = 0;
  let digits = 0;
  let parts = 0;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code >= CODE_0 && code <= CODE_9) {
      if (digits > 0 && octet === 0) return false;
      octet = octet * 10 + (code - CODE_0);
      digits++;
      if (octet > 255) return false;
    } else if (code === CODE_DOT) {
      if (digits === 0 || parts === 3) return false;
      value = value * 256 + octet;
      parts++;
      octet = 0;
      digits = 0;
    } else {
      return false;
    }
  }
  if (digits === 0 || parts !== 3) return false;
  value = value * 256 + octet;
  out[at] = Math.floor(value / 65536);
  out[at + 1] = value % 65536;
  return true;
}

function parseV6Into(text: string, out: Uint16Array): boolean {
  const n = text.length;
  let i = 0;
  let count = 0;
  let gapAt = -1;
  if (n < 2) return false;
  if (text.charCodeAt(0) === CODE_COLON) {
    if (text.charCodeAt(1) !== CODE_COLON) return false;
    gapAt = 0;
    i = 2;
  }
  while (i < n) {
    if (count >= 8) return false;
    let j = i;
    let value = 0;
    let digits = 0;
    while (j < n) {
      const h = hexValue(text.charCodeAt(j));
      if (h < 0) break;
      value = value * 16 + h;
      digits++;
      j++;
      if (digits > 4) return false;
    }
    if (j < n && text.charCodeAt(j) === CODE_DOT) {
      // An embedded IPv4 address (::ffff:192.0.2.1) fills the last two words.
      if (count > 6 || !parseV4Into(text, i, n, out, count)) return false;
      count += 2;
      break;
    }
    if (digits === 0) return false;
    out[count++] = value;
    if (j === n) break;
    if (text.charCodeAt(j) !== CODE_COLON) return false;
    if (text.charCodeAt(j + 1) === CODE_COLON) {
      if (gapAt >= 0) return false;
      gapAt = count;
      i = j + 2;
    } else {
      i = j + 1;
      if (i === n) return false;
    }
  }
  if (gapAt < 0) return count === 8;
  if (count > 7) return false;
  const tail = count - gapAt;
  // Move the groups after '::' to the end, back to front because the ranges may overlap.
  for (let k = tail - 1; k >= 0; k--) out[8 - tail + k] = out[gapAt + k] ?? 0;
  for (let k = gapAt; k < 8 - tail; k++) out[k] = 0;
  return true;
}

/** Parses an address into `out` (length >= 8); returns its family, or 0 when the text is not an address. */
export function parseIpInto(text: string, out: Uint16Array): IpFamily | 0 {
  if (text.indexOf(':') >= 0) return parseV6Into(text, out) ? 6 : 0;
  return parseV4Into(text, 0, text.length, out, 0) ? 4 : 0;
}

export function parseIp(text: string): IpAddress | null {
  const words = createIpBuffer();
  const family = parseIpInto(text, words);
  if (family === 0) return null;
  return { family, words: family === 4 ? words.slice(0, 2) : words };
}

function parsePrefix(text: string, max: number): number | null {
  if (text.length === 0 || text.length > 3) return null;
  if (text.length > 1 && text.charCodeAt(0) === CODE_0) return null;
  let value = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < CODE_0 || code > CODE_9) return null;
    value = value * 10 + (code - CODE_0);
  }
  return value <= max ? value : null;
}

/** "10.0.0.0/8", "2001:db8::/32"; the prefix length is required, as AWS requires it. Null when invalid. */
export function parseCidr(text: string): CidrBlock | null {
  const slash = text.indexOf('/');
  if (slash < 0) return null;
  const address = parseIp(text.slice(0, slash));
  if (address === null) return null;
  const prefix = parsePrefix(text.slice(slash + 1), address.family === 4 ? 32 : 128);
  if (prefix === null) return null;
  const words = address.words;
  for (let w = 0; w < words.length; w++) {
    const keep = Math.max(0, Math.min(16, prefix - w * 16));
    words[w] = (words[w] ?? 0) & ((0xffff << (16 - keep)) & 0xffff);
  }
  return { text, family: address.family, prefix, words };
}

/** Whether an already parsed address (from parseIpInto) lies in the block; families never mix. */
export function blockContains(block: CidrBlock, family: IpFamily | 0, words: Uint16Array): boolean {
  if (family !== block.family) return false;
  const full = block.prefix >> 4;
  for (let w = 0; w < full; w++) {
    if (words[w] !== block.words[w]) return false;
  }
  const rest = block.prefix & 15;
  if (rest === 0) return true;
  const mask = (0xffff << (16 - rest)) & 0xffff;
  return ((words[full] ?? 0) & mask) === block.words[full];
}

/** Convenience form for tests and explanations; routing uses blockContains with a reused buffer. */
export function cidrContains(block: CidrBlock, address: string): boolean {
  const words = createIpBuffer();
  return blockContains(block, parseIpInto(address, words), words);
}
