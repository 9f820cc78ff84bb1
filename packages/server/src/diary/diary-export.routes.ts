import { endpoints } from "@painplan/core";
import type { RouteRegistrar } from "../http/route-registrar.js";
import type { PainEntryReads } from "./pain-entry-reads.service.js";

/** "painplan-diary-2026-03-29.csv": the day of the export in the owner's zone. */
function fileName(extension: string, localToday: string): string {
  return `painplan-diary-${localToday}.${extension}`;
}

export function diaryExportRoutes(
  route: RouteRegistrar,
  reads: PainEntryReads,
  today: (timeZone: string) => string,
): void {
  route(endpoints.exportDiaryCsv, async ({ owner, query }) => ({
    body: await reads.exportCsv(owner, query),
    fileName: fileName("csv", today(owner.timeZone)),
    disposition: "attachment" as const,
  }));

  route(endpoints.exportDiaryJson, async ({ owner, query }) => ({
    body: JSON.stringify(await reads.exportJson(owner, query), null, 2),
    fileName: fileName("json", today(owner.timeZone)),
    disposition: "attachment" as const,
  }));
}
