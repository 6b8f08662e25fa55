import { sql } from "drizzle-orm";
import { getDb } from "../db.server";

export function loader() {
  try {
    getDb().get(sql`select 1`);
    return Response.json({ status: "ok" }, { headers: { "Cache-Control": "no-store" } });
  } catch {
    return Response.json({ status: "unavailable" }, { status: 503, headers: { "Cache-Control": "no-store" } });
  }
}
