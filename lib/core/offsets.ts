/**
 * Growable lists of offsets for the decision pass's findings, and growable tables for its
 * per-depth state. The findings are plain arrays: a typed array, even one cut from the shared
 * chunks (lib/util/tables.ts), is a view object whose construction the pass paid for each list of
 * every file, most of them a few entries long; an array literal is allocated inline and grows as
 * it is pushed to.
 */
import { zeroedBytes, zeroedInt32s } from '../util/tables.js';

/** Offsets in the order found. */
export class OffsetList {
  readonly offsets: number[] = [];

  get count(): number {
    return this.offsets.length;
  }

  add(offset: number): void {
    this.offsets.push(offset);
  }
}

/** Offsets in the order found, each with a byte and a weight beside it. */
export class Offsets {
  readonly offsets: number[] = [];
  readonly bytes: number[] = [];
  readonly weights: number[] = [];

  get count(): number {
    return this.offsets.length;
  }

  add(offset: number, byte: number, weight: number): void {
    this.offsets.push(offset);
    this.bytes.push(byte);
    this.weights.push(weight);
  }

  /** Keeps the first `count` entries only. */
  truncate(count: number): void {
    this.offsets.length = count;
    this.bytes.length = count;
    this.weights.length = count;
  }
}

/** `values` in an array twice as long. */
export function grownInt32s(values: Int32Array): Int32Array<ArrayBuffer> {
  const grown = zeroedInt32s(values.length * 2);
  grown.set(values);
  return grown;
}

/** `bytes` in an array twice as long. */
export function grownBytes(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  const grown = zeroedBytes(bytes.length * 2);
  grown.set(bytes);
  return grown;
}
