// orders.ts: project 2. POST /api/orders checks the body, counts the bill from the menu and
// saves the order in one transaction; GET /api/orders/:id reads it back.
import { Router } from "express";
import { inTransaction, type Database } from "./db.ts";

const DELIVERY_FEE = 299; // cents

export interface Order {
  id: number;
  restaurant: string;
  items: Array<{ dish: string; quantity: number }>;
  total: number; // cents
  status: "placed" | "paying" | "paid";
}

/** Every problem with an order's body, in words the app can show; none means it is good. */
function problems(body: unknown, isOnMenu: (dish: string) => boolean): string[] {
  if (typeof body !== "object" || body === null || Array.isArray(body)) return ["the body must be a JSON object"];
  const { restaurant, items } = body as Record<string, unknown>;
  const errors: string[] = [];
  if (typeof restaurant !== "string" || restaurant.trim() === "" || restaurant.length > 100) {
    errors.push("restaurant is required: the restaurant's id, up to 100 characters");
  }
  if (!Array.isArray(items) || items.length < 1 || items.length > 20) {
    errors.push("items must hold 1 to 20 dishes");
    return errors;
  }
  items.forEach((item: { dish?: unknown; quantity?: unknown } | null, i) => {
    if (typeof item?.dish !== "string" || !isOnMenu(item.dish)) errors.push(`items[${i}].dish is not on the menu`);
    if (!Number.isInteger(item?.quantity) || Number(item?.quantity) < 1 || Number(item?.quantity) > 10) {
      errors.push(`items[${i}].quantity must be a whole number from 1 to 10`);
    }
  });
  return errors;
}

/** The order with its lines, or undefined; the id comes from the URL, so it is checked first. */
export function findOrder(db: Database, id: string): Order | undefined {
  if (!/^\d{1,15}$/.test(id)) return undefined;
  const row = db.prepare("SELECT id, restaurant, total, status FROM orders WHERE id = ?").get(Number(id));
  if (!row) return undefined;
  const items = db.prepare("SELECT dish, quantity FROM order_lines WHERE order_id = ? ORDER BY rowid").all(Number(id));
  return { ...(row as Omit<Order, "items">), items: items as Order["items"] };
}

export function orderRoutes(db: Database): Router {
  const router = Router();
  const priceOf = db.prepare("SELECT price FROM dishes WHERE id = ?");
  const price = (dish: string) => (priceOf.get(dish) as { price: number } | undefined)?.price;

  router.post("/orders", (req, res) => {
    const errors = problems(req.body, (dish) => price(dish) !== undefined);
    if (errors.length > 0) return res.status(422).json({ errors });
    // Only the fields we asked for; any price the app sent is ignored: the menu decides.
    const restaurant: string = req.body.restaurant.trim();
    const items = (req.body.items as Order["items"]).map(({ dish, quantity }) => ({
      dish,
      quantity,
      price: price(dish) ?? 0,
    }));
    const total = items.reduce((sum, item) => sum + item.price * item.quantity, DELIVERY_FEE);
    const id = inTransaction(db, () => {
      const { lastInsertRowid } = db
        .prepare("INSERT INTO orders (restaurant, total) VALUES (?, ?)")
        .run(restaurant, total);
      const addLine = db.prepare("INSERT INTO order_lines (order_id, dish, quantity, price) VALUES (?, ?, ?, ?)");
      for (const item of items) addLine.run(lastInsertRowid, item.dish, item.quantity, item.price);
      return Number(lastInsertRowid);
    });
    res
      .status(201)
      .location(`/api/orders/${id}`)
      .json(findOrder(db, String(id)));
  });

  router.get("/orders/:id", (req, res) => {
    const order = findOrder(db, req.params.id);
    if (!order) return res.status(404).json({ errors: [`no order ${req.params.id}`] });
    res.json(order);
  });

  return router;
}
