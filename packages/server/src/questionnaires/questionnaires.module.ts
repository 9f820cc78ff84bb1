import type { AppModule } from "../app-module.js";
import type { Database } from "../database/database.js";
import type { Clock } from "../system/clock.js";
import type { IdSource } from "../system/ids.js";
import { installedInstrumentsRepository } from "./installed-instruments.repository.js";
import { instrumentDefinitionsService } from "./instrument-definitions.service.js";
import { questionnaireResponsesRepository } from "./questionnaire-responses.repository.js";
import { questionnaireResponsesService } from "./questionnaire-responses.service.js";
import { questionnaireScheduleService } from "./questionnaire-schedule.service.js";
import { questionnaireSettingsRepository } from "./questionnaire-settings.repository.js";
import { questionnairesRoutes } from "./questionnaires.routes.js";

/** The questionnaires area's services over one database. */
function questionnairesArea(deps: { db: Database; clock: Clock; ids: IdSource }) {
  const responsesRepository = questionnaireResponsesRepository(deps.db);
  const definitions = instrumentDefinitionsService(installedInstrumentsRepository(deps.db));
  const schedule = questionnaireScheduleService({
    settings: questionnaireSettingsRepository(deps.db),
    responses: responsesRepository,
    definitions,
    clock: deps.clock,
    ids: deps.ids,
  });
  const responses = questionnaireResponsesService({
    responses: responsesRepository,
    definitions,
    schedule,
    clock: deps.clock,
    ids: deps.ids,
  });
  return { definitions, schedule, responses };
}

export type QuestionnairesArea = ReturnType<typeof questionnairesArea>;

/** Questionnaires: free and licensed instruments, responses, due schedules and settings. */
export const questionnairesModule: AppModule = {
  name: "questionnaires",
  register({ route, deps }) {
    questionnairesRoutes(route, questionnairesArea(deps));
  },
};
