// menu.ts: project 1. GET /api/menu (with ?maxPrice=) and GET /api/menu/:id.
import { Router } from "express";
import type { Database } from "./db.ts";

interface Dish {
  id: string;
  name: string;
  price: number; // in cents
}

export function menuRoutes(db: Database): Router {
  const router = Router();
  const everything = db.prepare("SELECT id, name, price FROM dishes ORDER BY price");
  const upTo = db.prepare("SELECT id, name, price FROM dishes WHERE price <= ? ORDER BY price");
  const one = db.prepare("SELECT id, name, price FROM dishes WHERE id = ?");

  router.get("/menu", (req, res) => {
    const { maxPrice } = req.query;
    if (maxPrice === undefined) return res.json(everything.all());
    // A query parameter is input too: it must be one whole number of cents.
    if (typeof maxPrice !== "string" || !/^\d{1,9}$/.test(maxPrice)) {
      return res.status(400).json({ errors: ["maxPrice must be a whole number of cents, such as 700"] });
    }
    res.json(upTo.all(Number(maxPrice)));
  });

  router.get("/menu/:id", (req, res) => {
    const dish = one.get(req.params.id) as Dish | undefined;
    if (!dish) return res.status(404).json({ errors: [`no dish "${req.params.id}" on the menu`] });
    res.json(dish);
  });

  return router;
}
