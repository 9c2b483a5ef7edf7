// fake-provider.ts: stands in for a payment provider's test mode. The card token "tok_declined"
// is declined and any other is approved. Like a real provider, it takes an idempotency key:
// a charge asked for twice with one key is made once, and the second call gets the first answer.
import { randomUUID } from "node:crypto";
import { setTimeout as wait } from "node:timers/promises";

interface Charge {
  id: string;
  amount: number; // cents
  approved: boolean;
}

export interface PaymentProvider {
  charge(amount: number, cardToken: string, idempotencyKey: string): Promise<Charge>;
}

export function fakeProvider(): PaymentProvider {
  const charges = new Map<string, Charge>(); // by idempotency key
  return {
    async charge(amount, cardToken, idempotencyKey) {
      await wait(50); // the trip to the provider and back
      const earlier = charges.get(idempotencyKey);
      if (earlier) return earlier;
      const charge = { id: `ch_${randomUUID()}`, amount, approved: cardToken !== "tok_declined" };
      charges.set(idempotencyKey, charge);
      return charge;
    },
  };
}
