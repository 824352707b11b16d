/**
 * A growable list of offsets with two bytes beside each, for the decision pass's findings: it
 * doubles in place, so the pass allocates nothing per token. Its arrays are cut from the shared
 * chunks (lib/util/tables.ts): a typed array of its own, allocated outside V8's heap, made these
 * lists a large share of the pass over a small file.
 */
import { zeroedBytes, zeroedInt32s } from '../util/tables.js';

// Room for the findings of most small files without growing.
const INITIAL_CAPACITY = 32;

/** Offsets in the order found, each with a byte and a weight beside it. */
export class Offsets {
  count = 0;
  offsets = zeroedInt32s(INITIAL_CAPACITY);
  bytes = zeroedBytes(INITIAL_CAPACITY);
  weights = zeroedBytes(INITIAL_CAPACITY);

  add(offset: number, byte: number, weight: number): void {
    if (this.count === this.offsets.length) {
      this.offsets = grownInt32s(this.offsets);
      this.bytes = grownBytes(this.bytes);
      this.weights = grownBytes(this.weights);
    }
    this.offsets[this.count] = offset;
    this.bytes[this.count] = byte;
    this.weights[this.count] = weight;
    this.count++;
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
