import { endpoints } from "@painplan/core";
import type { HealthRecordGate } from "../audit/health-record-gate.js";
import type { RouteRegistrar } from "../http/route-registrar.js";
import { renderSafetySheetPdf } from "./safety-sheet.pdf.js";
import type { SafetyService } from "./safety.service.js";

/** The safety area's routes: the intake is the owner's health record (others get 404). */
export function safetyRoutes(route: RouteRegistrar, gate: HealthRecordGate, safety: SafetyService) {
  route(endpoints.getSafetyIntake, async ({ authentication, params }) => {
    await gate.read(authentication, params.userId, { type: "safety-intake", id: params.userId });
    return { intake: await safety.current(params.userId) };
  });

  route(endpoints.saveSafetyIntake, async ({ authentication, params, body }) => {
    gate.write(authentication, params.userId);
    return { intake: await safety.save(params.userId, body) };
  });

  route(endpoints.listSafetyIntakeVersions, async ({ authentication, params }) => {
    await gate.read(authentication, params.userId, {
      type: "safety-intake-versions",
      id: params.userId,
    });
    return { versions: await safety.versions(params.userId) };
  });

  route(endpoints.getSafetyIntakeVersion, async ({ authentication, params }) => {
    await gate.read(authentication, params.userId, { type: "safety-intake", id: params.userId });
    return { intake: await safety.version(params.userId, params.version) };
  });

  route(endpoints.getSafetyAssessment, async ({ authentication, params }) => {
    await gate.read(authentication, params.userId, {
      type: "safety-assessment",
      id: params.userId,
    });
    return safety.assessment(params.userId);
  });

  route(endpoints.runPreSessionCheck, async ({ authentication, params, body }) => {
    gate.write(authentication, params.userId);
    return safety.preSessionCheck(params.userId, body);
  });

  // Only the owner gets past the check, so the signed-in user is the person the sheet is about.
  route(endpoints.getSafetySheet, async ({ authentication, params }) => {
    await gate.read(authentication, params.userId, { type: "safety-sheet", id: params.userId });
    return safety.sheet(params.userId, authentication.user.displayName);
  });

  route(endpoints.getSafetySheetPdf, async ({ authentication, params }) => {
    await gate.read(authentication, params.userId, { type: "safety-sheet", id: params.userId });
    const sheet = await safety.sheet(params.userId, authentication.user.displayName);
    return {
      body: await renderSafetySheetPdf(sheet),
      fileName: `safety-sheet-${sheet.generatedAt.slice(0, 10)}.pdf`,
      disposition: "inline" as const,
    };
  });
}
