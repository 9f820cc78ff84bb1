import { endpoints } from "@painplan/core";
import type { AccessService } from "../audit/access.service.js";
import type { RouteRegistrar } from "../http/route-registrar.js";
import type { InstrumentsArea } from "./instruments-wiring.js";

const kind = "health-records";

export function instrumentsRoutes(
  route: RouteRegistrar,
  access: AccessService,
  area: InstrumentsArea,
): void {
  const { definitions, schedule, responses } = area;

  route(endpoints.listQuestionnaires, async ({ authentication, params }) => {
    const actor = authentication.actor;
    await access.authorizeRead({
      actor,
      ownerId: params.userId,
      kind,
      action: "list",
      resourceType: "questionnaire",
      resourceId: null,
    });
    // Only the owner gets here, so the signed-in person's time zone is the owner's.
    return schedule.overview(params.userId, authentication.user.timeZone);
  });

  route(endpoints.getInstrumentDefinition, async ({ authentication, params }) => {
    await access.authorizeRead({
      actor: authentication.actor,
      ownerId: params.userId,
      kind,
      action: "read",
      resourceType: "questionnaire-definition",
      resourceId: params.instrumentId,
    });
    return definitions.definition(params.instrumentId);
  });

  route(endpoints.submitQuestionnaireResponse, async ({ authentication, params, body }) => {
    access.authorizeWrite({ actor: authentication.actor, ownerId: params.userId, kind });
    return responses.submit(params.userId, body);
  });

  route(endpoints.listQuestionnaireResponses, async ({ authentication, params, query }) => {
    await access.authorizeRead({
      actor: authentication.actor,
      ownerId: params.userId,
      kind,
      action: "list",
      resourceType: "questionnaire-response",
      resourceId: null,
    });
    return responses.list(params.userId, query);
  });

  route(endpoints.getQuestionnaireResponse, async ({ authentication, params }) => {
    await access.authorizeRead({
      actor: authentication.actor,
      ownerId: params.userId,
      kind,
      action: "read",
      resourceType: "questionnaire-response",
      resourceId: params.responseId,
    });
    return responses.get(params.userId, params.responseId);
  });

  route(endpoints.skipQuestionnaire, async ({ authentication, params, body }) => {
    access.authorizeWrite({ actor: authentication.actor, ownerId: params.userId, kind });
    return schedule.skip(params.userId, authentication.user.timeZone, body.instrumentId);
  });

  route(endpoints.getQuestionnaireSettings, async ({ authentication, params }) => {
    await access.authorizeRead({
      actor: authentication.actor,
      ownerId: params.userId,
      kind,
      action: "read",
      resourceType: "questionnaire-settings",
      resourceId: params.userId,
    });
    return schedule.settings(params.userId);
  });

  route(endpoints.updateQuestionnaireSettings, async ({ authentication, params, body }) => {
    access.authorizeWrite({ actor: authentication.actor, ownerId: params.userId, kind });
    return schedule.update(params.userId, authentication.user.timeZone, body);
  });
}
