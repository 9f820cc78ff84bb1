import { endpoints } from "@painplan/core";
import type { RouteRegistrar } from "../http/route-registrar.js";
import type { QuestionnairesArea } from "./questionnaires.module.js";

export function questionnairesRoutes(route: RouteRegistrar, area: QuestionnairesArea): void {
  const { definitions, schedule, responses } = area;

  route(endpoints.listQuestionnaires, ({ owner }) =>
    schedule.overview(owner.userId, owner.timeZone),
  );
  route(endpoints.getInstrumentDefinition, ({ params }) =>
    definitions.definition(params.instrumentId),
  );
  route(endpoints.submitQuestionnaireResponse, ({ owner, body }) =>
    responses.submit(owner.userId, body),
  );
  route(endpoints.listQuestionnaireResponses, ({ owner, query }) =>
    responses.list(owner.userId, query),
  );
  route(endpoints.getQuestionnaireResponse, ({ owner, params }) =>
    responses.get(owner.userId, params.responseId),
  );
  route(endpoints.skipQuestionnaire, ({ owner, body }) =>
    schedule.skip(owner.userId, owner.timeZone, body.instrumentId),
  );
  route(endpoints.getQuestionnaireSettings, ({ owner }) => schedule.settings(owner.userId));
  route(endpoints.updateQuestionnaireSettings, ({ owner, body }) =>
    schedule.update(owner.userId, owner.timeZone, body),
  );
}
