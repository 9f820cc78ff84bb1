import { localDayOf } from "@painplan/core";
import type { AppModule } from "../app-module.js";
import { sessionChargesRepository } from "../costs/session-charges.repository.js";
import { requestReminderRefresh } from "../reminders/reminder-job-kinds.js";
import { sessionFollowUps } from "./session-follow-ups.service.js";
import { sessionLog } from "./session-log.service.js";
import { sessionReads } from "./session-reads.service.js";
import { sessionExportRoutes, sessionsRoutes } from "./sessions.routes.js";

/**
 * The session log: therapy sessions a person had (planned ones mark their occurrence held), their
 * follow-ups 24 h and 48 h later (durable jobs sent by the reminders area), charges through the
 * costs area, and exports.
 */
export const sessionsModule: AppModule = {
  name: "sessions",
  register({ route, deps: appDeps, jobs }) {
    const deps = {
      ...appDeps,
      charges: sessionChargesRepository(appDeps.db, appDeps.clock),
      planChanged: (userId: string) =>
        requestReminderRefresh(jobs.queue, userId, appDeps.clock.now()),
    };
    const reads = sessionReads(deps);
    sessionsRoutes(route, { log: sessionLog(deps), reads, followUps: sessionFollowUps(deps) });
    sessionExportRoutes(route, reads, (timeZone) =>
      localDayOf(appDeps.clock.now().toISOString(), timeZone),
    );
  },
};
