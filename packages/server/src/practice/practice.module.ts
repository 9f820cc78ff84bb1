import type { AppModule } from "../app-module.js";
import { painProfileRepository } from "../profile/pain-profile.repository.js";
import { safetyIntakeRepository } from "../safety/safety-intake.repository.js";
import { planPauseDays } from "./plan-pause-days.js";
import { practiceLogRepository } from "./practice-log.repository.js";
import { practiceRoutes } from "./practice.routes.js";
import { practiceService } from "./practice.service.js";

/** Practice (issue 15): guided practices, yoga routines, the practice log and weekly target. */
export const practiceModule: AppModule = {
  name: "practice",
  register({ route, deps }) {
    const practice = practiceService({
      log: practiceLogRepository(deps.db),
      profiles: painProfileRepository(deps.db),
      intakes: safetyIntakeRepository(deps.db),
      clock: deps.clock,
      ids: deps.ids,
      pauseDays: planPauseDays(deps.db),
    });
    practiceRoutes(route, practice);
  },
};
