/**
 * What a rule works out from its options alone (compiled patterns, sets), once per options
 * object rather than per file: ESLint hands a rule configured without options, as the presets
 * configure most, the same object for every file, and a rule given options a fresh merge per file,
 * for which it is worked out again.
 */
import { LastFileCache } from '../util/last-file.js';

export class PerOptions<Options extends object, Derived> {
  private readonly cache = new LastFileCache<Derived>();

  constructor(private readonly derive: (options: Readonly<Options>) => Derived) {}

  of(options: Readonly<Options>): Derived {
    return this.cache.for(options, () => this.derive(options));
  }
}
