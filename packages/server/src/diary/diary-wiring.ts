import { localDayOf } from "@painplan/core";
import type { HealthRecordGate } from "../audit/health-record-gate.js";
import type { RouteRegistrar } from "../http/route-registrar.js";
import type { DiaryDependencies } from "./diary-context.js";
import { diaryExportRoutes } from "./diary-export.routes.js";
import { painEntriesRoutes } from "./pain-entries.routes.js";
import { painEntryCreation } from "./pain-entry-creation.service.js";
import { painEntryEdits } from "./pain-entry-edits.service.js";
import { painEntryReads } from "./pain-entry-reads.service.js";
import { painProfileRepository } from "./pain-profile.repository.js";
import { painProfileRoutes } from "./pain-profile.routes.js";
import { painProfileService } from "./pain-profile.service.js";

/** The diary area (pain profile, pain entries, exports) assembled and registered. */
export function diaryRoutes(
  route: RouteRegistrar,
  gate: HealthRecordGate,
  deps: DiaryDependencies,
) {
  const reads = painEntryReads(deps);
  painProfileRoutes(route, gate, painProfileService(painProfileRepository(deps.db), deps.clock));
  painEntriesRoutes(route, gate, {
    creation: painEntryCreation(deps),
    edits: painEntryEdits(deps),
    reads,
  });
  diaryExportRoutes(route, gate, reads, (timeZone) =>
    localDayOf(deps.clock.now().toISOString(), timeZone),
  );
}
