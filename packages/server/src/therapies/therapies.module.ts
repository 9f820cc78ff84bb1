import type { AppModule } from "../app-module.js";
import { therapiesRoutes } from "./therapies.routes.js";

/** The therapy library: public, read-only data from core. */
export const therapiesModule: AppModule = {
  name: "therapies",
  register({ route }) {
    therapiesRoutes(route);
  },
};
