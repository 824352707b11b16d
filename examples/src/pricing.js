/**
 * Prices a basket for checkout.
 *
 * Discounts apply before tax because the tax authority taxes what the
 * customer pays, not the list price. Rounding happens once, at the end,
 * so that line totals never drift from the basket total by a cent.
 *
 * @param {{ price: number, quantity: number }[]} items
 * @param {{ rate: number }} tax
 * @param {number} discountPercent
 */
export function priceBasket(items, tax, discountPercent) {
  let subtotal = 0;
  for (const item of items) subtotal += item.price * item.quantity;
  // A discount can never exceed the subtotal, whatever a coupon says.
  const discount = Math.min(subtotal, (subtotal * discountPercent) / 100);
  const taxable = subtotal - discount;
  const total = taxable * (1 + tax.rate);
  return Math.round(total * 100) / 100;
}
