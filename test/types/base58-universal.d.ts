// Types of base58-universal (a dev dependency: the reference the base58 tests compare against).
declare module 'base58-universal' {
  export function encode(input: Uint8Array, maxline?: number): string;
  export function decode(input: string): Uint8Array;
}
