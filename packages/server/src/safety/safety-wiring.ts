import type { HealthRecordGate } from "../audit/health-record-gate.js";
import type { Database } from "../database/database.js";
import type { RouteRegistrar } from "../http/route-registrar.js";
import type { Clock } from "../system/clock.js";
import type { IdSource } from "../system/ids.js";
import { preSessionCheckRepository } from "./pre-session-check.repository.js";
import { safetyIntakeRepository } from "./safety-intake.repository.js";
import { safetyRoutes } from "./safety.routes.js";
import { safetyService } from "./safety.service.js";

/** The safety area assembled over one database, with its routes registered. */
export function registerSafetyArea(
  route: RouteRegistrar,
  gate: HealthRecordGate,
  deps: { db: Database; clock: Clock; ids: IdSource },
): void {
  const safety = safetyService({
    intakes: safetyIntakeRepository(deps.db),
    checks: preSessionCheckRepository(deps.db),
    clock: deps.clock,
    ids: deps.ids,
  });
  safetyRoutes(route, gate, safety);
}
