/**
 * A value worked out once per linted file and shared by every rule that asks. ESLint lints one
 * file at a time and hands each of its rules the same SourceCode object, so only the latest
 * file's entry is ever asked for again: one remembered entry answers as well as a WeakMap,
 * for less than a WeakMap lookup costs, and without the extra work weak entries give every
 * garbage collection. It keeps the latest file alive until the next one replaces it. A text
 * key (a folder, a working directory) is told by its text: such keys recur file after file.
 */
export class LastFileCache<V> {
  private key: object | string | undefined;
  private value: V | undefined;

  /**
   * The value for `key`: the remembered one when `key` is the latest file, else what `compute`
   * gives, remembered. Whether the entry is the latest file's is told by the key alone, so a
   * value that is itself empty (no tool banner: `null`) is remembered as well as any other.
   */
  for(key: object | string, compute: () => V): V {
    if (this.key !== key) {
      this.value = compute();
      this.key = key;
    }
    return this.value as V;
  }
}
