import { endpoints } from "@painplan/core";
import type { HealthRecordGate } from "../audit/health-record-gate.js";
import type { RouteRegistrar } from "../http/route-registrar.js";
import type { InstrumentsArea } from "./instruments-wiring.js";

export function instrumentsRoutes(
  route: RouteRegistrar,
  gate: HealthRecordGate,
  area: InstrumentsArea,
): void {
  const { definitions, schedule, responses } = area;

  route(endpoints.listQuestionnaires, async ({ authentication, params }) => {
    await gate.read(authentication, params.userId, {
      type: "questionnaire",
      id: null,
      action: "list",
    });
    // Only the owner gets here, so the signed-in person's time zone is the owner's.
    return schedule.overview(params.userId, authentication.user.timeZone);
  });

  route(endpoints.getInstrumentDefinition, async ({ authentication, params }) => {
    await gate.read(authentication, params.userId, {
      type: "questionnaire-definition",
      id: params.instrumentId,
    });
    return definitions.definition(params.instrumentId);
  });

  route(endpoints.submitQuestionnaireResponse, async ({ authentication, params, body }) => {
    gate.write(authentication, params.userId);
    return responses.submit(params.userId, body);
  });

  route(endpoints.listQuestionnaireResponses, async ({ authentication, params, query }) => {
    await gate.read(authentication, params.userId, {
      type: "questionnaire-response",
      id: null,
      action: "list",
    });
    return responses.list(params.userId, query);
  });

  route(endpoints.getQuestionnaireResponse, async ({ authentication, params }) => {
    await gate.read(authentication, params.userId, {
      type: "questionnaire-response",
      id: params.responseId,
    });
    return responses.get(params.userId, params.responseId);
  });

  route(endpoints.skipQuestionnaire, async ({ authentication, params, body }) => {
    gate.write(authentication, params.userId);
    return schedule.skip(params.userId, authentication.user.timeZone, body.instrumentId);
  });

  route(endpoints.getQuestionnaireSettings, async ({ authentication, params }) => {
    await gate.read(authentication, params.userId, {
      type: "questionnaire-settings",
      id: params.userId,
    });
    return schedule.settings(params.userId);
  });

  route(endpoints.updateQuestionnaireSettings, async ({ authentication, params, body }) => {
    gate.write(authentication, params.userId);
    return schedule.update(params.userId, authentication.user.timeZone, body);
  });
}
