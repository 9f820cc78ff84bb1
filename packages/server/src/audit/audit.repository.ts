import type { AuditEvent } from "@painplan/core";
import type { Database } from "../database/database.js";

export type NewAuditEvent = {
  id: string;
  at: string;
  actorId: string;
  subjectUserId: string;
  action: string;
  resourceType: string;
  resourceId: string | null;
  accessGround: string;
};

export function auditRepository(db: Database) {
  const row = (event: NewAuditEvent) => ({
    id: event.id,
    at: event.at,
    actor_id: event.actorId,
    subject_user_id: event.subjectUserId,
    action: event.action,
    resource_type: event.resourceType,
    resource_id: event.resourceId,
    access_ground: event.accessGround,
  });

  return {
    async insert(event: NewAuditEvent): Promise<void> {
      await db.insertInto("audit_events").values(row(event)).execute();
    },

    /** Several events in one statement (nothing to do for none). */
    async insertMany(events: readonly NewAuditEvent[]): Promise<void> {
      if (events.length === 0) return;
      await db.insertInto("audit_events").values(events.map(row)).execute();
    },

    /** Newest first, with the actor's display name ("deleted account" once erased). */
    async forSubject(subjectUserId: string, limit: number): Promise<AuditEvent[]> {
      const rows = await db
        .selectFrom("audit_events")
        .leftJoin("users", "users.id", "audit_events.actor_id")
        .select([
          "audit_events.id",
          "audit_events.at",
          "audit_events.actor_id",
          "audit_events.action",
          "audit_events.resource_type",
          "audit_events.resource_id",
          "users.display_name",
        ])
        .where("audit_events.subject_user_id", "=", subjectUserId)
        .orderBy("audit_events.at", "desc")
        .orderBy("audit_events.id", "desc")
        .limit(limit)
        .execute();
      return rows.map((row) => ({
        id: row.id,
        at: row.at,
        actorId: row.actor_id,
        actorDisplayName: row.display_name ?? "deleted account",
        action: row.action,
        resourceType: row.resource_type,
        resourceId: row.resource_id,
      }));
    },
  };
}

export type AuditRepository = ReturnType<typeof auditRepository>;
