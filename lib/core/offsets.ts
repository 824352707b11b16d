/**
 * A growable list of offsets with two bytes beside each, for the decision pass's findings: it
 * doubles in place, so the pass allocates nothing per token.
 */

/** Offsets in the order found, each with a byte and a weight beside it. */
export class Offsets {
  count = 0;
  offsets = new Int32Array(32);
  bytes = new Uint8Array(32);
  weights = new Uint8Array(32);

  add(offset: number, byte: number, weight: number): void {
    if (this.count === this.offsets.length) {
      const offsets = new Int32Array(this.count * 2);
      offsets.set(this.offsets);
      this.offsets = offsets;
      this.bytes = grownBytes(this.bytes);
      this.weights = grownBytes(this.weights);
    }
    this.offsets[this.count] = offset;
    this.bytes[this.count] = byte;
    this.weights[this.count] = weight;
    this.count++;
  }
}

/** `bytes` in an array twice as long. */
export function grownBytes(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  const grown = new Uint8Array(bytes.length * 2);
  grown.set(bytes);
  return grown;
}
