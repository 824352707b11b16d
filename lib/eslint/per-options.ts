/**
 * What a rule works out from its options alone (compiled patterns, sets, a licence policy), once
 * per configuration rather than per file. ESLint hands a rule configured without options, as the
 * presets configure most, the same object for every file, which is told by identity; a rule given
 * options gets a fresh merge per file, which is told by its content.
 */
import { LastFileCache } from '../util/last-file.js';

export class PerOptions<Options extends object, Derived> {
  private readonly latest = new LastFileCache<Derived>();
  private readonly byContent = new Map<string, Derived>();

  /** `contentOf` picks what of the options `derive` reads: the key of a configuration. */
  constructor(
    private readonly derive: (options: Readonly<Options>) => Derived,
    private readonly contentOf: (options: Readonly<Options>) => unknown = (options) => options,
  ) {}

  of(options: Readonly<Options>): Derived {
    return this.latest.for(options, () => {
      const key = JSON.stringify(this.contentOf(options));
      let derived = this.byContent.get(key);
      if (derived === undefined) {
        derived = this.derive(options);
        this.byContent.set(key, derived);
      }
      return derived;
    });
  }
}
