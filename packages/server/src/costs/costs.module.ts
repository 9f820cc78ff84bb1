import type { AppModule } from "../app-module.js";
import { planOccurrencesSource } from "../plan/plan-occurrences.js";
import { costsRoutes } from "./costs.routes.js";
import { costsService } from "./costs.service.js";

/** Costs (issue 12): packages, claims, spend, forecast, estimates, export. */
export const costsModule: AppModule = {
  name: "costs",
  register({ route, deps }) {
    costsRoutes(
      route,
      costsService({
        db: deps.db,
        writes: deps.writes,
        clock: deps.clock,
        ids: deps.ids,
        planOccurrences: planOccurrencesSource(deps.db),
      }),
    );
  },
};
