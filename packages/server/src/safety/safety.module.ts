import type { AppModule } from "../app-module.js";
import { preSessionCheckRepository } from "./pre-session-check.repository.js";
import { safetyIntakeRepository } from "./safety-intake.repository.js";
import { safetyRoutes } from "./safety.routes.js";
import { safetyService } from "./safety.service.js";

/** Safety: intake versions, the assessment, pre-session checks and the safety sheet. */
export const safetyModule: AppModule = {
  name: "safety",
  register({ route, deps }) {
    const safety = safetyService({
      intakes: safetyIntakeRepository(deps.db),
      checks: preSessionCheckRepository(deps.db),
      clock: deps.clock,
      ids: deps.ids,
    });
    safetyRoutes(route, safety);
  },
};
