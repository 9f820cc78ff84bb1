import { localDayOf } from "@painplan/core";
import type { AppModule } from "../app-module.js";
import { diaryExportRoutes } from "./diary-export.routes.js";
import { diaryExports } from "./diary-export.service.js";
import { painEntriesRoutes } from "./pain-entries.routes.js";
import { painEntryCreation } from "./pain-entry-creation.service.js";
import { painEntryEdits } from "./pain-entry-edits.service.js";
import { painEntryReads } from "./pain-entry-reads.service.js";

/** The diary: pain entries with their history, the quick log, stable days and exports. */
export const diaryModule: AppModule = {
  name: "diary",
  register({ route, deps: appDeps, quotas }) {
    const deps = { ...appDeps, quotas };
    const reads = painEntryReads(deps);
    painEntriesRoutes(route, {
      creation: painEntryCreation(deps),
      edits: painEntryEdits(deps),
      reads,
    });
    diaryExportRoutes(route, diaryExports(deps), (timeZone) =>
      localDayOf(deps.clock.now().toISOString(), timeZone),
    );
  },
};
