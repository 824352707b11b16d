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
    if (lines.length === 0) {
      throw new Error('Order must have at least one line');
    }
    const customer = await this.db.customers.findById(customerId);
    if (!customer) {
      throw new Error(`Customer ${customerId} not found`);
    }
    let total = 0;
    for (const line of lines) {
      if (line.quantity <= 0) {
        throw new Error(`Invalid quantity for ${line.sku}`);
      }
      const product = await this.db.products.findBySku(line.sku);
      if (!product) {
        throw new Error(`Unknown product ${line.sku}`);
      }
      if (product.stock < line.quantity) {
        throw new Error(`Not enough stock for ${line.sku}`);
      }
      if (product.discontinued && !customer.isWholesale) {
        throw new Error(`${line.sku} is discontinued`);
      }
      total += line.quantity * line.unitPrice;
    }
    if (customer.tier === 'gold') {
      total = total * 0.9;
    }
    if (total > 1000) {
      total = total - 25;
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
