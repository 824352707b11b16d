/**
 * Synthetic source for the scaling check: ordinary application code, repeated to any size.
 */

/**
 * One self-contained chunk of ordinary application code: documented and undocumented
 * functions, a class, an object of handlers, template and plain strings, and one long
 * uncommented function, so both rules find something to measure and to report.
 * @param {number} n distinguishes the names of this chunk from every other
 */
function syntheticChunk(n) {
  return [
    // A commented header and a documented function: the part that satisfies both rules.
    `
  // Orders for region ${n}. Prices are integer cents so that sums do not drift.
  const TAX_RATE_${n} = ${(n % 20) / 100 + 0.05};
  const labels${n} = { open: 'Open order', closed: "Closed order", draft: \`Draft #${n}\` };

  /**
   * Sums an order's line items and applies the region's tax.
   * @param {Array<{ price: number, quantity: number }>} items
   */
  function orderTotal${n}(items) {
    let total = 0;
    for (const item of items) {
      if (item.quantity <= 0) continue; // returns carry a negative quantity
      total += item.price * item.quantity;
    }
    return Math.round(total * (1 + TAX_RATE_${n}));
  }
`,
    // Methods, arrow functions and shorthand methods: each is a function the
    // function-scope check visits, though most are too short to be judged.
    `
  class Cart${n} {
    constructor(owner) {
      this.owner = owner;
      this.items = [];
    }

    /* Keeps the cart sorted by price, which the receipt printer expects. */
    add(item) {
      this.items.push(item);
      this.items.sort((a, b) => a.price - b.price);
      return this;
    }

    describe() {
      return \`\${this.owner}: \${this.items.length} items, \${orderTotal${n}(this.items)} cents\`;
    }
  }

  const handlers${n} = {
    onAdd: (cart, item) => cart.add(item),
    onClear(cart) {
      cart.items.length = 0;
    },
    onLabel: (state) => labels${n}[state] ?? 'Unknown',
  };
`,
    // A long function without comments, as generated code often has: comment-ratio and
    // no-comment-gap both report it, so reporting is part of what scales.
    `
  function renderReceipt${n}(cart, options = {}) {
    const lines = [];
    const width = options.width ?? 40;
    lines.push('='.repeat(width));
    lines.push(cart.describe());
    for (const item of cart.items) {
      const name = String(item.name).padEnd(width - 10, '.');
      const price = (item.price / 100).toFixed(2).padStart(10);
      lines.push(name + price);
    }
    const total = orderTotal${n}(cart.items);
    lines.push('-'.repeat(width));
    lines.push('Total'.padEnd(width - 10) + (total / 100).toFixed(2).padStart(10));
    if (options.footer) {
      lines.push(options.footer);
    }
    if (cart.items.length === 0) {
      lines.push(handlers${n}.onLabel('draft'));
    } else {
      lines.push(handlers${n}.onLabel('open'));
    }
    lines.push('='.repeat(width));
    return lines.join('\\n');
  }

  exported.push({ Cart${n}, handlers${n}, renderReceipt${n} });
`,
  ].join('');
}

/**
 * A file of `chunks` chunks inside a UMD-style wrapper, as bundles ship: one function then
 * spans the whole file, which is where a per-function cost that grows with size would show.
 * @param {number} chunks
 */
export function syntheticSource(chunks) {
  const body = Array.from({ length: chunks }, (_, index) => syntheticChunk(index)).join('');
  return `/**\n * Generated benchmark input: ${chunks} chunks of order-handling code.\n */\n(function (root) {\n  'use strict';\n  const exported = [];\n${body}\n  root.orders = exported;\n})(globalThis);\n`;
}
