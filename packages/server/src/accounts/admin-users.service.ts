import type { UserListResponse } from "@painplan/core";
import type { AuditRepository } from "../audit/audit.repository.js";
import { logSecurityEvent, securityEvents, type SecurityLogger } from "../audit/security-log.js";
import type { Clock } from "../system/clock.js";
import type { IdSource } from "../system/ids.js";
import { toUser } from "./user-view.js";
import type { UsersRepository } from "./users.repository.js";

/**
 * The admin's list of accounts, a page at a time, with the total count. Each listed person gets
 * an audit event (they see in their access log that an admin saw their account in the list),
 * and the read is logged as a security event.
 */
export function adminUsersService(deps: {
  users: UsersRepository;
  audit: AuditRepository;
  clock: Clock;
  ids: IdSource;
}) {
  return {
    async list(
      admin: { actorId: string; log: SecurityLogger },
      limit: number,
      offset: number,
    ): Promise<UserListResponse> {
      const { rows, total } = await deps.users.page(limit, offset);
      const at = deps.clock.now().toISOString();
      await deps.audit.insertMany(
        rows.map((row) => ({
          id: deps.ids.newId(),
          at,
          actorId: admin.actorId,
          subjectUserId: row.id,
          action: "list",
          resourceType: "account",
          resourceId: null,
          accessGround: "admin",
        })),
      );
      logSecurityEvent(admin.log, {
        event: securityEvents.adminRead,
        actorId: admin.actorId,
        resourceType: "user-list",
      });
      return { users: rows.map(toUser), total };
    },
  };
}
export type AdminUsersService = ReturnType<typeof adminUsersService>;
