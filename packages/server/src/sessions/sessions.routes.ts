import { endpoints } from "@painplan/core";
import type { RouteRegistrar } from "../http/route-registrar.js";
import type { SessionFollowUps } from "./session-follow-ups.service.js";
import type { SessionLog } from "./session-log.service.js";
import type { SessionReads } from "./session-reads.service.js";

export type SessionServices = { log: SessionLog; reads: SessionReads; followUps: SessionFollowUps };

export function sessionsRoutes(route: RouteRegistrar, { log, reads, followUps }: SessionServices) {
  route(endpoints.listSessions, ({ owner, query }) => reads.list(owner, query));
  route(endpoints.logSession, ({ owner, reader, body }) =>
    log.log(owner, reader.actor.userId, body),
  );
  route(endpoints.getSessionDefaults, ({ owner, query }) => reads.defaults(owner, query));
  route(endpoints.listDueFollowUps, ({ owner }) => reads.dueFollowUps(owner));
  route(endpoints.getSession, ({ owner, params }) => reads.get(owner, params.sessionId));
  route(endpoints.updateSession, ({ owner, params, body }) =>
    log.update(owner, params.sessionId, body),
  );
  route(endpoints.deleteSession, async ({ owner, params }) => {
    await log.remove(owner, params.sessionId);
    return undefined;
  });
  route(endpoints.answerFollowUp, ({ owner, params, body }) =>
    followUps.answer(owner, params, body),
  );
}

/** "painplan-sessions-2026-03-29.csv": the day of the export in the owner's zone. */
function fileName(extension: string, localToday: string): string {
  return `painplan-sessions-${localToday}.${extension}`;
}

export function sessionExportRoutes(
  route: RouteRegistrar,
  reads: SessionReads,
  today: (timeZone: string) => string,
): void {
  route(endpoints.exportSessionsCsv, async ({ owner, query }) => ({
    body: await reads.exportCsv(owner, query),
    fileName: fileName("csv", today(owner.timeZone)),
    disposition: "attachment" as const,
  }));
  route(endpoints.exportSessionsJson, async ({ owner, query }) => ({
    body: JSON.stringify(await reads.exportJson(owner, query)),
    fileName: fileName("json", today(owner.timeZone)),
    disposition: "attachment" as const,
  }));
}
