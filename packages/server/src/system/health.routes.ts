import { endpoints } from "@painplan/core";
import { sql } from "kysely";
import type { Database } from "../database/database.js";
import { ApiError } from "../errors/api-error.js";
import { describeFailure } from "../http/error-handler.js";
import type { RouteRegistrar } from "../http/route-registrar.js";

export function healthRoutes(route: RouteRegistrar, db: Database): void {
  route(endpoints.health, async ({ request }) => {
    try {
      await sql`select 1`.execute(db);
    } catch (error) {
      request.log.error(
        { failure: error instanceof Error ? describeFailure(error) : "unknown" },
        "health check: database unavailable",
      );
      throw new ApiError("service_unavailable", "The database is not reachable.");
    }
    return { status: "ok", database: "ok" } as const;
  });
}
