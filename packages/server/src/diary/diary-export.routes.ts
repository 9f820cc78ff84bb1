import { endpoints } from "@painplan/core";
import type { RouteRegistrar } from "../http/route-registrar.js";
import type { DiaryExports } from "./diary-export.service.js";

/** "painplan-diary-2026-03-29.csv": the day of the export in the owner's zone. */
function fileName(extension: string, localToday: string): string {
  return `painplan-diary-${localToday}.${extension}`;
}

export function diaryExportRoutes(
  route: RouteRegistrar,
  exports: DiaryExports,
  today: (timeZone: string) => string,
): void {
  route(endpoints.exportDiaryCsv, ({ owner, query }) =>
    Promise.resolve({
      body: exports.csv(owner, query),
      fileName: fileName("csv", today(owner.timeZone)),
      disposition: "attachment" as const,
    }),
  );

  route(endpoints.exportDiaryJson, ({ owner, query }) =>
    Promise.resolve({
      body: exports.json(owner, query),
      fileName: fileName("json", today(owner.timeZone)),
      disposition: "attachment" as const,
    }),
  );
}
