import type { AppModule } from "../app-module.js";
import { painProfileRepository } from "./pain-profile.repository.js";
import { painProfileRoutes } from "./pain-profile.routes.js";
import { painProfileService } from "./pain-profile.service.js";

/** The pain profile: causes, medications, treatments and the usual pain map. */
export const profileModule: AppModule = {
  name: "profile",
  register({ route, deps }) {
    painProfileRoutes(route, painProfileService(painProfileRepository(deps.db), deps.clock));
  },
};
