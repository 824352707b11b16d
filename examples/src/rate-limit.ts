import type { NextFunction, Request, Response } from 'express';

/**
 * Request limits for the public API. Limits apply per API key, not per IP address,
 * because many customers reach us through shared corporate proxies.
 */
export interface Limits {
  perMinute: number;
  burst: number;
}

// @ai-generated-begin tool=copilot reviewed-by:sam
export class TokenBucket {
  private tokens: number;
  private last = Date.now();

  constructor(private readonly limits: Limits) {
    this.tokens = limits.burst;
  }

  take(): boolean {
    const now = Date.now();
    const refill = ((now - this.last) / 60_000) * this.limits.perMinute;
    this.tokens = Math.min(this.limits.burst, this.tokens + refill);
    this.last = now;
    if (this.tokens < 1) {
      return false;
    }
    this.tokens -= 1;
    return true;
  }
}

export function rateLimit(limits: Limits) {
  const buckets = new Map<string, TokenBucket>();
  return (req: Request, res: Response, next: NextFunction) => {
    const key = req.header('x-api-key') ?? 'anonymous';
    let bucket = buckets.get(key);
    if (!bucket) {
      bucket = new TokenBucket(limits);
      buckets.set(key, bucket);
    }
    if (!bucket.take()) {
      res.status(429).json({ error: 'Too many requests' });
      return;
    }
    next();
  };
}
// @ai-generated-end
