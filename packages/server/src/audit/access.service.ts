import {
  accessGroundFor,
  isAuditedAccess,
  type Actor,
  type AccessGround,
  type ResourceKind,
} from "@painplan/core";
import { notFound } from "../http/api-error.js";
import type { Clock } from "../system/clock.js";
import type { IdSource } from "../system/ids.js";
import type { AuditRepository } from "./audit.repository.js";

export type ReadOfPersonalData = {
  actor: Actor;
  ownerId: string;
  kind: ResourceKind;
  action: string;
  resourceType: string;
  resourceId: string | null;
};

/**
 * The gate for every read of a person's records: decides with the core policy, answers 404 for
 * anyone without access, and writes an audit event whenever the reader is not the owner.
 */
export function accessService(audit: AuditRepository, clock: Clock, ids: IdSource) {
  return {
    async authorizeRead(read: ReadOfPersonalData): Promise<AccessGround> {
      const ground = accessGroundFor(read.actor, read.ownerId, read.kind);
      if (ground === undefined) throw notFound();
      if (isAuditedAccess(ground)) {
        await audit.insert({
          id: ids.newId(),
          at: clock.now().toISOString(),
          actorId: read.actor.userId,
          subjectUserId: read.ownerId,
          action: read.action,
          resourceType: read.resourceType,
          resourceId: read.resourceId,
          accessGround: ground,
        });
      }
      return ground;
    },

    /** Changes to a person's records: only grounds that may write (today the owner) pass. */
    authorizeWrite(write: { actor: Actor; ownerId: string; kind: ResourceKind }): void {
      const ground = accessGroundFor(write.actor, write.ownerId, write.kind);
      if (ground !== "owner") throw notFound();
    },
  };
}

export type AccessService = ReturnType<typeof accessService>;
