// check-order.ts: checks an Order Now order body and lists every problem at once.
// Run: node check-order.ts (Node.js 24 runs TypeScript directly).
import assert from "node:assert/strict";

const MENU = new Set(["ramen", "gyoza", "tea"]); // the allow-list: dishes that exist
type FieldError = { field: string; message: string };

function checkOrder(body: unknown): FieldError[] {
  if (typeof body !== "object" || body === null || Array.isArray(body))
    return [{ field: "", message: "must be a JSON object" }];
  const { restaurant, items } = body as Record<string, unknown>;
  const errors: FieldError[] = [];
  if (typeof restaurant !== "string" || restaurant.trim() === "" || restaurant.length > 100) {
    errors.push({ field: "restaurant", message: "must be text of 1 to 100 characters" });
  }
  if (!Array.isArray(items) || items.length < 1 || items.length > 20) {
    errors.push({ field: "items", message: "must be a list of 1 to 20 items" });
    return errors;
  }
  items.forEach((item: unknown, i) => {
    const { dish, quantity } = (typeof item === "object" && item !== null ? item : {}) as Record<string, unknown>;
    if (typeof dish !== "string" || !MENU.has(dish))
      errors.push({ field: `items[${i}].dish`, message: "must be a dish on the menu" });
    if (typeof quantity !== "number" || !Number.isInteger(quantity) || quantity < 1 || quantity > 10) {
      errors.push({ field: `items[${i}].quantity`, message: "must be a whole number from 1 to 10" });
    }
  });
  return errors;
}

/** What an endpoint answers: 400 when the JSON itself is broken, 422 when it parses but breaks the rules. */
function placeOrder(rawBody: string): { status: number; body: unknown } {
  let body: unknown;
  try {
    body = JSON.parse(rawBody);
  } catch {
    return { status: 400, body: { errors: [{ field: "", message: "the body is not valid JSON" }] } };
  }
  const errors = checkOrder(body);
  if (errors.length > 0) return { status: 422, body: { errors } };
  const { restaurant, items } = body as { restaurant: string; items: { dish: string; quantity: number }[] };
  // Copy only the fields you expect: a "price" or "status" sent by the client never gets through.
  const order = { restaurant, items: items.map(({ dish, quantity }) => ({ dish, quantity })) };
  return { status: 201, body: order };
}

// A good order passes, and extra fields are left behind.
const good = placeOrder('{"restaurant": "noodle-bar", "items": [{"dish": "ramen", "quantity": 2}], "price": 0}');
assert.equal(good.status, 201);
assert.deepEqual(good.body, { restaurant: "noodle-bar", items: [{ dish: "ramen", quantity: 2 }] });

// Broken JSON is a syntax problem: 400.
assert.equal(placeOrder('{"restaurant": "noodle-bar", ').status, 400);

// Well-formed but wrong is a meaning problem: 422, with every error listed at once.
const bad = placeOrder(
  '{"restaurant": "", "items": [{"dish": "pizza", "quantity": 0}, {"dish": "tea", "quantity": "2"}]}',
);
assert.equal(bad.status, 422);
assert.deepEqual(
  (bad.body as { errors: FieldError[] }).errors.map((error) => error.field),
  ["restaurant", "items[0].dish", "items[0].quantity", "items[1].quantity"],
);

// Limits on size and type: 21 items, a fraction, a missing list, a body that is not an object.
const many = Array.from({ length: 21 }, () => ({ dish: "tea", quantity: 1 }));
assert.deepEqual(checkOrder({ restaurant: "noodle-bar", items: many })[0]?.field, "items");
assert.equal(checkOrder({ restaurant: "noodle-bar", items: [{ dish: "tea", quantity: 1.5 }] }).length, 1);
assert.equal(checkOrder({ restaurant: "noodle-bar" }).length, 1);
assert.equal(checkOrder(["ramen"]).length, 1);

console.log("check-order: 1 good order accepted, broken JSON got 400, bad orders got 422 with every error listed");
