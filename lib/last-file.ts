/**
 * A value worked out once per linted file and shared by every rule that asks. ESLint lints one
 * file at a time and hands each of its rules the same SourceCode object, so only the latest
 * file's entry is ever asked for again: one remembered entry answers as well as a WeakMap,
 * for less than a WeakMap lookup costs, and without the extra work weak entries give every
 * garbage collection. It keeps the latest file alive until the next one replaces it.
 */
export class LastFileCache<V> {
  private key: object | undefined;
  private value: V | undefined;

  get(key: object): V | undefined {
    return this.key === key ? this.value : undefined;
  }

  set(key: object, value: V): V {
    this.key = key;
    this.value = value;
    return value;
  }
}
