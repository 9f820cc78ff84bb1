import { z } from "zod";

export const auditEventSchema = z.object({
  id: z.uuid(),
  at: z.iso.datetime(),
  actorId: z.uuid(),
  actorDisplayName: z.string(),
  action: z.string(),
  resourceType: z.string(),
  resourceId: z.string().nullable(),
});
export type AuditEvent = z.infer<typeof auditEventSchema>;

/** The access log: who, other than the person, has read their data. */
export const accessLogResponseSchema = z.object({ events: z.array(auditEventSchema) });
export type AccessLogResponse = z.infer<typeof accessLogResponseSchema>;
