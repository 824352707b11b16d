/** A value axis a reader can read: it starts at zero and ends on a round number. */

export interface Scale {
  /** The value at the top of the axis, in percent. */
  readonly top: number;
  /** The values marked on the axis, from zero to the top. */
  readonly ticks: readonly number[];
}

// Steps of 1, 2, 2.5 and 5 times a power of ten keep every tick label short and round.
const MANTISSAS = [1, 2, 2.5, 5];
const MOST_TICKS = 5;

/** The axis from zero to the smallest round top that holds `highest`, or to `fixedTop` when given. */
export function scaleFor(highest: number, fixedTop: number | undefined): Scale {
  // All zeros still get an axis to stand on.
  const wanted = (fixedTop ?? highest) > 0 ? (fixedTop ?? highest) : 10;
  const step = stepFor(wanted);
  const count = Math.ceil(roundOff(wanted / step));
  // Multiplying a step of 0.1 by an index drifts (0.30000000000000004): round each tick.
  const ticks = Array.from({ length: count + 1 }, (_, index) => roundOff(index * step));
  return { top: ticks.at(-1)!, ticks };
}

function stepFor(value: number): number {
  for (let exponent = -2; ; exponent += 1) {
    for (const mantissa of MANTISSAS) {
      const step = mantissa * 10 ** exponent;
      if (Math.ceil(roundOff(value / step)) <= MOST_TICKS) return roundOff(step);
    }
  }
}

/** A value with float noise removed, to six decimals. */
const roundOff = (value: number): number => Math.round(value * 1e6) / 1e6;

/** A tick label: `2.5%`, `25%`. */
export const tickLabel = (value: number): string => `${Number(value.toFixed(2))}%`;
