import type { AppModule } from "../app-module.js";
import { healthRoutes } from "./health.routes.js";

/** The service itself: is it up, and its database. */
export const systemModule: AppModule = {
  name: "system",
  register({ route, deps }) {
    healthRoutes(route, deps.db);
  },
};
