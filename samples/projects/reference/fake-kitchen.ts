// fake-kitchen.ts: stands in for the restaurant's tablet. A delivery takes 2 seconds, and the
// tablet of "sleepy-kitchen" is offline for the first try of every order, so retries get used.
import { setTimeout as wait } from "node:timers/promises";

interface KitchenMessage {
  type: string;
  orderId: number;
  restaurant: string;
}

export interface Kitchen {
  /** Sends one message to the restaurant's tablet; throws when it cannot. */
  deliver(message: KitchenMessage, attempt: number): Promise<void>;
  /** What the tablets have received, oldest first. */
  received(): ReadonlyArray<KitchenMessage & { attempts: number; deliveredAt: string }>;
}

export function fakeKitchen(deliveryMs = 2000): Kitchen {
  const inbox: Array<KitchenMessage & { attempts: number; deliveredAt: string }> = [];
  return {
    async deliver(message, attempt) {
      if (message.restaurant === "sleepy-kitchen" && attempt === 1) throw new Error("the tablet is offline");
      await wait(deliveryMs);
      inbox.push({ ...message, attempts: attempt, deliveredAt: new Date().toISOString() });
    },
    received: () => inbox,
  };
}
