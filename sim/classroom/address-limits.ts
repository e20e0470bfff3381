import { RateLimit } from './rate-limit.js';

/** How fast one network address may join (new tokens) and send messages, over all its sockets. */
export interface AddressRates {
  /** New students a minute, after a first burst. */
  joinsPerMinute: number;
  joinBurst: number;
  messagesPerSecond: number;
  messageBurst: number;
}

/**
 * A phone joins once and sends a few messages a minute; a classroom's phones each have their own
 * address on the school's Wi-Fi or the laptop's hotspot. So one address may start ten students at
 * once (a teacher trying the page in several tabs) and a few more a minute, and send about what
 * two phones flooding at their own limit would (RateLimit: 5 a second, bursts of 20).
 */
export const ADDRESS_RATES: AddressRates = { joinsPerMinute: 6, joinBurst: 10, messagesPerSecond: 10, messageBurst: 60 };

export interface AddressLimits {
  joins: RateLimit;
  messages: RateLimit;
}

/** Addresses remembered at most (far beyond a classroom's); beyond it, the first seen is forgotten. */
const MAX_ADDRESSES = 4096;

/**
 * The limits of each remote address, kept after its sockets close (a client cannot refill its
 * bucket by reconnecting).
 */
export class AddressBook {
  private readonly byAddress = new Map<string, AddressLimits>();

  constructor(private readonly rates: AddressRates = ADDRESS_RATES) {}

  of(remote: string | undefined): AddressLimits {
    // An IPv4 client on a dual-stack socket shows as ::ffff:a.b.c.d: one address, one bucket.
    const key = (remote ?? 'unknown').replace(/^::ffff:/, '');
    let a = this.byAddress.get(key);
    if (!a) {
      if (this.byAddress.size >= MAX_ADDRESSES) this.byAddress.delete(this.byAddress.keys().next().value!);
      const r = this.rates;
      a = { joins: new RateLimit(r.joinsPerMinute / 60, r.joinBurst), messages: new RateLimit(r.messagesPerSecond, r.messageBurst) };
      this.byAddress.set(key, a);
    }
    return a;
  }
}
