import type { AccessLogResponse } from "@painplan/core";
import type { AuditRepository } from "../audit/audit.repository.js";

/** How many of the most recent events the access log shows. */
const accessLogLength = 200;

/** A person's access log: who read their records, newest first (the most recent 200). */
export function accessLogService(audit: AuditRepository) {
  return {
    async forOwner(userId: string): Promise<AccessLogResponse> {
      return { events: await audit.forSubject(userId, accessLogLength) };
    },
  };
}
export type AccessLogService = ReturnType<typeof accessLogService>;
