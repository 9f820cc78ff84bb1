import type { AppModule } from "../app-module.js";
import { safetyIntakeRepository } from "../safety/safety-intake.repository.js";
import { directoryListsRepository } from "./directory-lists.repository.js";
import { directorySearchRepository } from "./directory-search.repository.js";
import { directorySearchService } from "./directory-search.service.js";
import { directoryRoutes } from "./directory.routes.js";
import { directoryService } from "./directory.service.js";
import { practitionerProfilesRepository } from "./practitioner-profiles.repository.js";

/** The directory (issue 13): practitioner profiles, verification, search, saved, compare, questions. */
export const directoryModule: AppModule = {
  name: "directory",
  register({ route, deps }) {
    const profiles = practitionerProfilesRepository(deps.db);
    const lists = directoryListsRepository(deps.db);
    const directory = directoryService({ profiles, lists, clock: deps.clock, ids: deps.ids });
    const search = directorySearchService({
      search: directorySearchRepository(deps.db),
      profiles,
      lists,
      intakes: safetyIntakeRepository(deps.db),
      clock: deps.clock,
    });
    directoryRoutes(route, directory, search);
  },
};
