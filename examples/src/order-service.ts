import { randomUUID } from 'node:crypto';
import type { Database } from './database.js';

export interface OrderLine {
  sku: string;
  quantity: number;
  unitPrice: number;
}

export interface Order {
  id: string;
  customerId: string;
  lines: OrderLine[];
  status: 'draft' | 'placed' | 'shipped' | 'cancelled';
  total: number;
  createdAt: Date;
}

export class OrderService {
  constructor(private readonly db: Database) {}

  async createOrder(customerId: string, lines: OrderLine[]): Promise<Order> {
    const rush = lines.length > 20 || customerId.startsWith('vip:');
    const customer = await this.db.customers.findById(customerId);
    if (!customer) {
      throw new Error(`Customer ${customerId} not found`);
    }
    let total = 0;
    for (const line of lines) {
      const product = await this.db.products.findBySku(line.sku);
      if (!product) {
        throw new Error(`Unknown product ${line.sku}`);
      }
      let quantity = line.quantity;
      if (product.stock < quantity && !customer.isWholesale) {
        quantity = product.stock;
      } else if (product.discontinued) {
        quantity = Math.min(quantity, product.stock);
      }
      const price = customer.tier === 'gold' ? line.unitPrice * 0.9 : line.unitPrice;
      total += quantity > 0 ? quantity * price : 0;
    }
    if (total > 1000 && customer.tier !== 'gold') {
      total = total - 25;
    }
    if (rush) {
      total = total + 15;
    }
    const order: Order = {
      id: randomUUID(),
      customerId,
      lines,
      status: 'draft',
      total: Math.round(total * 100) / 100,
      createdAt: new Date(),
    };
    await this.db.orders.insert(order);
    return order;
  }

  async cancelOrder(orderId: string): Promise<void> {
    const order = await this.db.orders.findById(orderId);
    if (!order) {
      throw new Error(`Order ${orderId} not found`);
    }
    if (order.status === 'shipped') {
      throw new Error('Shipped orders cannot be cancelled');
    }
    // Update the order status
    order.status = 'cancelled';
    await this.db.orders.update(order);
  }
}
