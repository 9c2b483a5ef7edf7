// notifications.ts: project 5. A queue kept in the database (the jobs table) and a worker that
// takes jobs off it and tells the restaurant, trying a failed delivery again later.
import { Router } from "express";
import type { Database } from "./db.ts";
import type { Kitchen } from "./fake-kitchen.ts";

const MAX_ATTEMPTS = 5;
const AT_ONCE = 4; // deliveries in flight at the same time

/** Puts a job on the queue; call it inside the transaction that makes the change it reports. */
export function enqueue(db: Database, type: string, orderId: number): void {
  db.prepare("INSERT INTO jobs (type, order_id, run_at) VALUES (?, ?, ?)").run(type, orderId, Date.now());
}

/** Looks at the queue ten times a second and runs the jobs that are due. */
export function startWorker(db: Database, kitchen: Kitchen): { stop(): void } {
  // Take the oldest due job in one statement, so that two workers can never take the same one.
  const take = db.prepare(`
    UPDATE jobs SET state = 'running', attempts = attempts + 1
    WHERE id = (SELECT id FROM jobs WHERE state = 'waiting' AND run_at <= ? ORDER BY id LIMIT 1)
    RETURNING id, type, order_id AS orderId, attempts`);
  const restaurantOf = db.prepare("SELECT restaurant FROM orders WHERE id = ?");
  const finish = db.prepare("UPDATE jobs SET state = 'done' WHERE id = ?");
  const putBack = db.prepare("UPDATE jobs SET state = ?, run_at = ?, last_error = ? WHERE id = ?");
  let inFlight = 0;

  const timer = setInterval(() => {
    while (inFlight < AT_ONCE) {
      const job = take.get(Date.now()) as { id: number; type: string; orderId: number; attempts: number } | undefined;
      if (!job) return;
      const { restaurant } = restaurantOf.get(job.orderId) as { restaurant: string };
      inFlight += 1;
      kitchen
        .deliver({ type: job.type, orderId: job.orderId, restaurant }, job.attempts)
        .then(
          () => finish.run(job.id),
          (error: Error) => {
            // Wait longer after each failure (1, 2, 4, 8 s); after the last try, keep the job as failed for a person to see.
            const state = job.attempts >= MAX_ATTEMPTS ? "failed" : "waiting";
            putBack.run(state, Date.now() + 500 * 2 ** job.attempts, error.message, job.id);
            console.error(`job ${job.id} (${job.type}, order ${job.orderId}), try ${job.attempts}: ${error.message}`);
          },
        )
        .finally(() => (inFlight -= 1));
    }
  }, 100);
  return { stop: () => clearInterval(timer) };
}

/**
 * GET /api/notifications: what the fake tablets have received, for you and the checker to see.
 * A real app has no such endpoint: the tablet is another company's device.
 */
export function notificationRoutes(kitchen: Kitchen): Router {
  const router = Router();
  router.get("/notifications", (_req, res) => res.json(kitchen.received()));
  return router;
}
