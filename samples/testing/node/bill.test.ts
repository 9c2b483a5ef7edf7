// bill.test.ts: the Order Now bill in whole cents, checked by unit tests (node:test)
import assert from "node:assert/strict";
import { test } from "node:test";

// In a real project, bill() lives in its own file and the tests import it.
const menu: Record<string, number> = { ramen: 1250, gyoza: 600 }; // prices in cents
const deliveryFee = 299;

interface Line {
  dish: string;
  quantity: number;
}

/** The total to charge, in cents. Throws a RangeError for a dish or quantity it cannot accept. */
function bill(lines: Line[]): number {
  let total = deliveryFee;
  for (const { dish, quantity } of lines) {
    const price = menu[dish];
    if (price === undefined) throw new RangeError(`${dish} is not on the menu`);
    if (!Number.isInteger(quantity) || quantity < 1 || quantity > 10) {
      throw new RangeError(`quantity must be a whole number from 1 to 10, got ${quantity}`);
    }
    total += price * quantity;
  }
  return total;
}

test("two ramen, one gyoza and delivery come to 3399 cents", () => {
  const lines = [
    { dish: "ramen", quantity: 2 },
    { dish: "gyoza", quantity: 1 },
  ];
  assert.equal(bill(lines), 3399);
});

test("rejects a quantity of 0, 2.5 or 11", () => {
  for (const quantity of [0, 2.5, 11]) {
    assert.throws(() => bill([{ dish: "ramen", quantity }]), /quantity must be a whole number/);
  }
});

test("rejects a dish that is not on the menu", () => {
  assert.throws(() => bill([{ dish: "pizza", quantity: 1 }]), /pizza is not on the menu/);
});
