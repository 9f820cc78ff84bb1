import { endpoints } from "@painplan/core";
import type { RouteRegistrar } from "../http/route-registrar.js";
import { renderSafetySheetPdf } from "./safety-sheet.pdf.js";
import type { SafetyService } from "./safety.service.js";

/** The safety area's routes: the intake and what follows from it are the owner's health record. */
export function safetyRoutes(route: RouteRegistrar, safety: SafetyService) {
  route(endpoints.getSafetyIntake, async ({ owner }) => ({
    intake: await safety.current(owner.userId),
  }));
  route(endpoints.saveSafetyIntake, async ({ owner, body }) => ({
    intake: await safety.save(owner.userId, body),
  }));
  route(endpoints.listSafetyIntakeVersions, async ({ owner }) => ({
    versions: await safety.versions(owner.userId),
  }));
  route(endpoints.getSafetyIntakeVersion, async ({ owner, params }) => ({
    intake: await safety.version(owner.userId, params.version),
  }));
  route(endpoints.getSafetyAssessment, ({ owner }) => safety.assessment(owner.userId));
  route(endpoints.runPreSessionCheck, ({ owner, body }) =>
    safety.preSessionCheck(owner.userId, body),
  );
  route(endpoints.getSafetySheet, ({ owner }) => safety.sheet(owner));
  route(endpoints.getSafetySheetPdf, async ({ owner }) => {
    const sheet = await safety.sheet(owner);
    return {
      body: (await renderSafetySheetPdf(sheet)).pdf,
      fileName: `safety-sheet-${sheet.generatedOn}.pdf`,
      disposition: "inline" as const,
    };
  });
}
