// Base58 (Bitcoin alphabet) and multibase base58btc (`z…`), fast on long inputs.
//
// The textbook decoder multiplies the whole accumulated number by 58 for every digit: quadratic, so
// a 200 kB `proofValue` or `did:key` took ~25 s. Here the digits are read nine at a time into
// numbers (58^9 < 2^53), and those limbs are combined pairwise into one BigInt, level by level
// (value = left · 58^(9·2^level) + right), which lets V8's sub-quadratic BigInt multiplication do
// the work; the BigInt then becomes bytes through its hexadecimal form (linear). Encoding runs the
// same tree the other way, dividing by the same powers.
//
// Strict by design: every character must be in the alphabet (no whitespace, no other bases), so
// one value has one spelling. A leading `1` stands for one leading zero byte, exactly.

const ALPHABET = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
const INDEX = (() => {
  const table = new Int8Array(128).fill(-1);
  for (let i = 0; i < ALPHABET.length; i++) table[ALPHABET.charCodeAt(i)] = i;
  return table;
})();
/** Base58 digits per limb: 58^9 ≈ 7.4e15 < 2^53, so a limb is an exact JavaScript number. */
const LIMB_DIGITS = 9;
const LIMB = 58 ** LIMB_DIGITS;
const ONE = 0x31; // '1', the zero digit

/** Why a base58 string was refused: too long, or a character outside the alphabet. */
export class Base58Error extends Error {
  /** @param message - What went wrong. */
  constructor(message: string) {
    super(message);
    this.name = 'Base58Error';
  }
}

/** Options of {@link fromBase58btc} and {@link fromMultibase58}. */
export interface Base58DecodeOptions {
  /** Refuse input longer than this many characters, before any other work. */
  maxLength?: number;
}

/**
 * Decodes base58 (Bitcoin alphabet). Runs in O(n log² n)-ish time: a 64 kB string takes
 * milliseconds.
 *
 * @throws {Base58Error} On a character outside the alphabet (whitespace included), or input longer
 *   than `maxLength`.
 */
export function fromBase58btc(text: string, options: Base58DecodeOptions = {}): Uint8Array {
  checkLength(text, options.maxLength);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 128 || (INDEX[code] as number) < 0) {
      throw new Base58Error(`invalid base58btc character at offset ${i}`);
    }
  }
  let zeros = 0;
  while (zeros < text.length && text.charCodeAt(zeros) === ONE) zeros++;
  if (zeros === text.length) return new Uint8Array(zeros);
  const value = combine(limbsOf(text, zeros));
  return withLeadingZeros(zeros, value);
}

/** Encodes bytes as base58 (Bitcoin alphabet); a leading zero byte becomes a leading `1`. */
export function toBase58btc(bytes: Uint8Array): string {
  let zeros = 0;
  while (zeros < bytes.length && bytes[zeros] === 0) zeros++;
  if (zeros === bytes.length) return '1'.repeat(zeros);
  let value = 0n;
  const rest = bytes.subarray(zeros);
  value = BigInt(`0x${hexOf(rest)}`);
  const powers = [BigInt(LIMB)];
  while ((powers.at(-1) as bigint) <= value) {
    const last = powers.at(-1) as bigint;
    powers.push(last * last);
  }
  const parts: string[] = [];
  digitsOf(value, powers.length - 2, powers, parts);
  const digits = parts.join('');
  let start = 0;
  while (digits.charCodeAt(start) === ONE) start++;
  return '1'.repeat(zeros) + digits.slice(start);
}

/**
 * Decodes multibase base58btc: `z` then base58. Nothing else (no `u`, no whitespace).
 *
 * @throws {Base58Error} When the prefix is not `z`, the input is longer than `maxLength`
 *   (counting the prefix), or a character is outside the alphabet.
 */
export function fromMultibase58(text: string, options: Base58DecodeOptions = {}): Uint8Array {
  checkLength(text, options.maxLength);
  if (!text.startsWith('z')) throw new Base58Error('not multibase base58btc (no "z" prefix)');
  return fromBase58btc(text.slice(1));
}

/** Multibase base58btc (`z` prefix) encoding. */
export function toMultibase58(bytes: Uint8Array): string {
  return `z${toBase58btc(bytes)}`;
}

function checkLength(text: string, maxLength: number | undefined): void {
  if (typeof text !== 'string') throw new Base58Error('base58 input must be a string');
  if (maxLength !== undefined && text.length > maxLength) {
    throw new Base58Error(`base58 input of ${text.length} characters exceeds ${maxLength}`);
  }
}

// The digits after the leading zeros as limbs of LIMB_DIGITS digits, most significant first; only
// the first limb may be shorter.
function limbsOf(text: string, from: number): bigint[] {
  const digits = text.length - from;
  const limbs: bigint[] = new Array(Math.ceil(digits / LIMB_DIGITS));
  let end = from + (digits % LIMB_DIGITS || LIMB_DIGITS);
  let i = from;
  for (let k = 0; k < limbs.length; k++) {
    let value = 0;
    for (; i < end; i++) value = value * 58 + (INDEX[text.charCodeAt(i)] as number);
    limbs[k] = BigInt(value);
    end += LIMB_DIGITS;
  }
  return limbs;
}

// Pairs are anchored at the right end, so every right-hand operand is a full block of
// LIMB_DIGITS·2^level digits; only the leftmost (most significant) block may be short.
function combine(limbs: bigint[]): bigint {
  let level = limbs;
  let power = BigInt(LIMB);
  while (level.length > 1) {
    const odd = level.length % 2;
    const next: bigint[] = new Array((level.length + odd) / 2);
    if (odd) next[0] = level[0] as bigint;
    for (let i = odd, j = odd; i < level.length; i += 2, j++) {
      next[j] = (level[i] as bigint) * power + (level[i + 1] as bigint);
    }
    level = next;
    if (level.length > 1) power *= power;
  }
  return level[0] as bigint;
}

// `powers[l]` = 58^(9·2^l); `value` < powers[level + 1]. Emits exactly 9·2^(level+1) digits.
function digitsOf(value: bigint, level: number, powers: bigint[], out: string[]): void {
  if (level < 0) {
    let n = Number(value);
    let limb = '';
    for (let k = 0; k < LIMB_DIGITS; k++) {
      const digit = n % 58;
      limb = ALPHABET[digit] + limb;
      n = (n - digit) / 58;
    }
    out.push(limb);
    return;
  }
  const power = powers[level] as bigint;
  const high = value / power;
  digitsOf(high, level - 1, powers, out);
  digitsOf(value - high * power, level - 1, powers, out);
}

function withLeadingZeros(zeros: number, value: bigint): Uint8Array {
  let hex = value.toString(16);
  if (hex.length % 2 === 1) hex = `0${hex}`;
  const out = new Uint8Array(zeros + hex.length / 2);
  for (let i = 0, j = zeros; i < hex.length; i += 2, j++) {
    out[j] = (nibble(hex.charCodeAt(i)) << 4) | nibble(hex.charCodeAt(i + 1));
  }
  return out;
}

function nibble(code: number): number {
  return code <= 0x39 ? code - 0x30 : code - 0x57; // '0'-'9', 'a'-'f' (toString(16) is lower case)
}

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

function hexOf(bytes: Uint8Array): string {
  const parts: string[] = new Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) parts[i] = HEX[bytes[i] as number] as string;
  return parts.join('');
}
