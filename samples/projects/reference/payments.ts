// payments.ts: project 4. POST /api/orders/:id/payments charges the order's total once, however
// often the app repeats the request: the Idempotency-Key header names the payment, and a key
// seen before gets the answer it got the first time.
import { createHash } from "node:crypto";
import { Router } from "express";
import { inTransaction, type Database } from "./db.ts";
import { findOrder } from "./orders.ts";
import { enqueue } from "./notifications.ts";
import type { PaymentProvider } from "./fake-provider.ts";

export function paymentRoutes(db: Database, provider: PaymentProvider): Router {
  const router = Router();
  // The key is the table's primary key: of two requests with one key, only one can insert it.
  const claimKey = db.prepare(
    "INSERT INTO idempotency_keys (key, fingerprint, created_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
  );
  const readKey = db.prepare("SELECT fingerprint, status, body FROM idempotency_keys WHERE key = ?");
  const saveAnswer = db.prepare("UPDATE idempotency_keys SET status = ?, body = ? WHERE key = ?");
  const forgetKey = db.prepare("DELETE FROM idempotency_keys WHERE key = ?");
  // Only a placed order may start paying: one statement reads and changes it, so two payments cannot both pass.
  const startPaying = db.prepare("UPDATE orders SET status = 'paying' WHERE id = ? AND status = 'placed'");
  const setStatus = db.prepare("UPDATE orders SET status = ? WHERE id = ?");
  const addPayment = db.prepare("INSERT INTO payments (order_id, amount, status, charge_id) VALUES (?, ?, ?, ?)");
  const paymentsOf = db.prepare(
    "SELECT id, order_id AS orderId, amount, status FROM payments WHERE order_id = ? ORDER BY id",
  );

  router.post("/orders/:id/payments", async (req, res) => {
    const key = req.get("Idempotency-Key");
    if (key === undefined || !/^[\x21-\x7e]{8,255}$/.test(key)) {
      return res
        .status(400)
        .json({ errors: ["send an Idempotency-Key header (8 to 255 characters), made once for each payment"] });
    }
    const order = findOrder(db, req.params.id);
    if (!order) return res.status(404).json({ errors: [`no order ${req.params.id}`] });
    const cardToken: unknown = req.body?.cardToken;
    if (typeof cardToken !== "string" || !/^tok_\w{1,64}$/.test(cardToken)) {
      return res.status(422).json({ errors: ["cardToken must be a card token from the provider, such as tok_ok"] });
    }
    const fingerprint = createHash("sha256")
      .update(JSON.stringify([order.id, cardToken]))
      .digest("hex");

    if (claimKey.run(key, fingerprint, Date.now()).changes === 0) {
      const saved = readKey.get(key) as { fingerprint: string; status: number | null; body: string | null };
      if (saved.fingerprint !== fingerprint) {
        return res.status(422).json({ errors: ["this Idempotency-Key was already used for a different payment"] });
      }
      if (saved.status === null || saved.body === null) {
        return res
          .status(409)
          .json({ errors: ["a payment with this Idempotency-Key is in progress: try again in a moment"] });
      }
      return res.status(saved.status).set("Idempotent-Replayed", "true").type("json").send(saved.body);
    }

    if (startPaying.run(order.id).changes === 0) {
      const body = { errors: [`order ${order.id} is already paid, or being paid`] };
      saveAnswer.run(409, JSON.stringify(body), key);
      return res.status(409).json(body);
    }
    let charge;
    try {
      // The provider gets the same key, so a retry after a lost answer cannot charge twice either.
      charge = await provider.charge(order.total, cardToken, key);
    } catch {
      // Nothing is known about the charge: hand the key back, so a retry with it tries again.
      inTransaction(db, () => {
        setStatus.run("placed", order.id);
        forgetKey.run(key);
      });
      return res
        .status(502)
        .json({ errors: ["the payment provider did not answer: try again with the same Idempotency-Key"] });
    }
    const { approved } = charge;
    const [status, body] = inTransaction(db, () => {
      const { lastInsertRowid } = addPayment.run(order.id, charge.amount, approved ? "paid" : "declined", charge.id);
      setStatus.run(approved ? "paid" : "placed", order.id);
      if (approved) enqueue(db, "order-paid", order.id); // paid and queued together, or neither
      const payment = {
        id: Number(lastInsertRowid),
        orderId: order.id,
        amount: charge.amount,
        status: approved ? "paid" : "declined",
      };
      const answer = approved
        ? ([201, payment] as const)
        : ([402, { errors: ["the card was declined"], payment }] as const);
      saveAnswer.run(answer[0], JSON.stringify(answer[1]), key);
      return answer;
    });
    res.status(status).json(body);
  });

  router.get("/orders/:id/payments", (req, res) => {
    const order = findOrder(db, req.params.id);
    if (!order) return res.status(404).json({ errors: [`no order ${req.params.id}`] });
    res.json(paymentsOf.all(order.id));
  });

  return router;
}
