// POST /api/orders with Express 5
import express from "express";

const MENU = { ramen: 1250, gyoza: 600, tea: 300 }; // prices in cents
const DELIVERY_FEE = 299;

const orders = new Map(); // in memory; a real app uses a database
const notificationQueue = []; // stands in for a real queue, such as BullMQ

function problems(body) {
  const errors = [];
  if (typeof body?.restaurant !== "string" || body.restaurant === "") {
    errors.push("restaurant is required");
  }
  const items = body?.items;
  if (!Array.isArray(items) || items.length < 1 || items.length > 20) {
    errors.push("items must hold 1 to 20 dishes");
    return errors;
  }
  items.forEach((item, i) => {
    if (!Object.hasOwn(MENU, item?.dish)) errors.push(`items[${i}].dish is not on the menu`);
    if (!Number.isInteger(item?.quantity) || item.quantity < 1 || item.quantity > 10) {
      errors.push(`items[${i}].quantity must be a whole number from 1 to 10`);
    }
  });
  return errors;
}

const app = express();
app.use(express.json());

app.post("/api/orders", (req, res) => {
  const errors = problems(req.body);
  if (errors.length > 0) {
    return res.status(422).json({ errors });
  }
  const items = req.body.items.map(({ dish, quantity }) => ({ dish, quantity }));
  const total = items.reduce((sum, item) => sum + MENU[item.dish] * item.quantity, DELIVERY_FEE);
  const order = { id: orders.size + 1, restaurant: req.body.restaurant, items, total, status: "placed" };
  orders.set(order.id, order);
  notificationQueue.push({ type: "order-placed", orderId: order.id });
  res.status(201).json(order);
});

const port = Number(process.env.PORT ?? 3000);
app.listen(port, () => console.log(`Listening on http://localhost:${port}`));
