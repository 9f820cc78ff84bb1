import { endpoints, type Actor } from "@painplan/core";
import type { AccessService } from "../audit/access.service.js";
import type { RouteRegistrar } from "../http/route-registrar.js";
import { renderSafetySheetPdf } from "./safety-sheet.pdf.js";
import type { SafetyService } from "./safety.service.js";

/** The safety area's routes: the intake is the owner's health record (others get 404). */
export function safetyRoutes(route: RouteRegistrar, access: AccessService, safety: SafetyService) {
  const canRead = (actor: Actor, ownerId: string, resourceType: string) =>
    access.authorizeRead({
      actor,
      ownerId,
      kind: "health-records",
      action: "read",
      resourceType,
      resourceId: ownerId,
    });

  route(endpoints.getSafetyIntake, async ({ authentication, params }) => {
    await canRead(authentication.actor, params.userId, "safety-intake");
    return { intake: await safety.current(params.userId) };
  });

  route(endpoints.saveSafetyIntake, async ({ authentication, params, body }) => {
    access.authorizeWrite({
      actor: authentication.actor,
      ownerId: params.userId,
      kind: "health-records",
    });
    return { intake: await safety.save(params.userId, body) };
  });

  route(endpoints.listSafetyIntakeVersions, async ({ authentication, params }) => {
    await canRead(authentication.actor, params.userId, "safety-intake-versions");
    return { versions: await safety.versions(params.userId) };
  });

  route(endpoints.getSafetyIntakeVersion, async ({ authentication, params }) => {
    await canRead(authentication.actor, params.userId, "safety-intake");
    return { intake: await safety.version(params.userId, params.version) };
  });

  route(endpoints.getSafetyAssessment, async ({ authentication, params }) => {
    await canRead(authentication.actor, params.userId, "safety-assessment");
    return safety.assessment(params.userId);
  });

  route(endpoints.runPreSessionCheck, async ({ authentication, params, body }) => {
    access.authorizeWrite({
      actor: authentication.actor,
      ownerId: params.userId,
      kind: "health-records",
    });
    return safety.preSessionCheck(params.userId, body);
  });

  // Only the owner gets past the check, so the signed-in user is the person the sheet is about.
  route(endpoints.getSafetySheet, async ({ authentication, params }) => {
    await canRead(authentication.actor, params.userId, "safety-sheet");
    return safety.sheet(params.userId, authentication.user.displayName);
  });

  route(endpoints.getSafetySheetPdf, async ({ authentication, params }) => {
    await canRead(authentication.actor, params.userId, "safety-sheet");
    const sheet = await safety.sheet(params.userId, authentication.user.displayName);
    return {
      body: await renderSafetySheetPdf(sheet),
      fileName: `safety-sheet-${sheet.generatedAt.slice(0, 10)}.pdf`,
      disposition: "inline" as const,
    };
  });
}
