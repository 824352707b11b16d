/**
 * Zero-filled typed arrays for the per-file tables (line kinds, prefix sums), cut from shared
 * chunks. A typed array of its own has its memory allocated outside V8's heap, which costs
 * microseconds per array: with several tables per file, as much as a rule's whole pass over a
 * small file. Each region of a chunk is handed out once, so it is still zero and no two tables
 * overlap; a chunk is freed when the last table cut from it is.
 */

/** Bytes per chunk; tables over a quarter of it get their own buffer. */
const CHUNK_BYTES = 1 << 16;

let chunk = new ArrayBuffer(0);
let used = 0;

function region(bytes: number): [ArrayBuffer, number] | undefined {
  if (bytes > CHUNK_BYTES / 4) return undefined;
  // Int32Array views must start at a multiple of 4.
  const start = (used + 3) & ~3;
  if (start + bytes > chunk.byteLength) {
    chunk = new ArrayBuffer(CHUNK_BYTES);
    used = bytes;
    return [chunk, 0];
  }
  used = start + bytes;
  return [chunk, start];
}

/** A zero-filled Uint8Array of `length` entries. */
export function zeroedBytes(length: number): Uint8Array<ArrayBuffer> {
  const found = region(length);
  return found === undefined ? new Uint8Array(length) : new Uint8Array(found[0], found[1], length);
}

/** A zero-filled Uint16Array of `length` entries. */
export function zeroedUint16s(length: number): Uint16Array<ArrayBuffer> {
  const found = region(2 * length);
  return found === undefined ? new Uint16Array(length) : new Uint16Array(found[0], found[1], length);
}

/** A zero-filled Int32Array of `length` entries. */
export function zeroedInt32s(length: number): Int32Array<ArrayBuffer> {
  const found = region(4 * length);
  return found === undefined ? new Int32Array(length) : new Int32Array(found[0], found[1], length);
}
