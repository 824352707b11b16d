/**
 * Values worked out per set of comment kinds (a mask), each on first use. Nearly every file is
 * asked about one set (the rule's default), which is held in two fields: a Map per table per
 * file was garbage that collections charged to the rules.
 */
export class PerMask<V> {
  private firstMask = -1;
  private firstValue: V | undefined;
  private others: Map<number, V> | undefined;

  has(mask: number): boolean {
    return mask === this.firstMask || this.others?.has(mask) === true;
  }

  find(mask: number): V | undefined {
    return mask === this.firstMask ? this.firstValue : this.others?.get(mask);
  }

  set(mask: number, value: V): void {
    this.get(mask, () => value);
  }

  get(mask: number, compute: () => V): V {
    if (mask === this.firstMask) return this.firstValue!;
    if (this.firstMask === -1) {
      this.firstValue = compute();
      this.firstMask = mask;
      return this.firstValue;
    }
    let value = (this.others ??= new Map()).get(mask);
    if (value === undefined) {
      value = compute();
      this.others.set(mask, value);
    }
    return value;
  }
}
