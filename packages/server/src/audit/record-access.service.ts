import {
  accessGroundFor,
  endpointParam,
  isAuditedAccess,
  mayWriteRecords,
  type AccessGrant,
  type Actor,
  type RecordAccess,
} from "@painplan/core";
import { notFound } from "../errors/api-error.js";
import type { Authentication, RecordOwner } from "./reader.js";
import type { Clock } from "../system/clock.js";
import type { IdSource } from "../system/ids.js";
import type { AuditRepository } from "./audit.repository.js";
import { logSecurityEvent, securityEvents, type SecurityLogger } from "./security-log.js";

/** Finds the person a record belongs to (id, name, zone); undefined when there is no such person. */
export type OwnerDirectory = (userId: string) => Promise<RecordOwner | undefined>;

/** The grants (care-team consent, later share links) an owner gave one reader; read per request. */
export type AccessGrantSource = (readerId: string, ownerId: string) => Promise<AccessGrant[]>;

type AccessRequest = {
  record: RecordAccess;
  isWrite: boolean;
  reader: Authentication;
  params: Record<string, string>;
  /** The request's logger: refusals and admin reads are security events. */
  log: SecurityLogger;
};

/**
 * The one gate of every route over a person's records (declared with `record` in the contract).
 * The owner passes at once; anyone else needs a ground from the core policy (admin, consent),
 * is audited, and gets the same 404 as for records that do not exist. Returns the owner, so
 * "today", dates and names are always the owner's, whoever reads.
 */
export function recordAccessService(deps: {
  audit: AuditRepository;
  owners: OwnerDirectory;
  grants: AccessGrantSource;
  clock: Clock;
  ids: IdSource;
}) {
  const audited = async (request: AccessRequest, actor: Actor, ground: string) => {
    const { record, params } = request;
    await deps.audit.insert({
      id: deps.ids.newId(),
      at: deps.clock.now().toISOString(),
      actorId: actor.userId,
      subjectUserId: params[record.ownerParam] ?? "",
      action: request.isWrite ? "write" : (record.action ?? "read"),
      resourceType: record.resourceType,
      resourceId:
        record.resourceIdParam === undefined ? null : endpointParam(params, record.resourceIdParam),
      accessGround: ground,
    });
  };

  /** The 404 of a refusal, logged as a security event (ids only). */
  const refused = (request: AccessRequest, ownerId: string) => {
    logSecurityEvent(request.log, {
      event: securityEvents.recordAccessRefused,
      actorId: request.reader.actor.userId,
      subjectUserId: ownerId,
      resourceType: request.record.resourceType,
    });
    return notFound();
  };

  return {
    async authorize(request: AccessRequest): Promise<RecordOwner> {
      const { record, reader, params, isWrite } = request;
      const ownerId = endpointParam(params, record.ownerParam);
      const { actor, user } = reader;
      if (actor.userId === ownerId) {
        return { userId: user.id, displayName: user.displayName, timeZone: user.timeZone };
      }
      // Someone else's records: the person must exist before anything is audited; an unknown
      // person and a refused one answer alike.
      const owner = await deps.owners(ownerId);
      if (owner === undefined) throw refused(request, ownerId);
      const grants = await deps.grants(actor.userId, ownerId);
      if (isWrite) {
        if (!mayWriteRecords(actor, ownerId, record.kind, grants)) throw refused(request, ownerId);
        await audited(request, actor, "consent");
        return owner;
      }
      const ground = accessGroundFor(actor, ownerId, record.kind, grants);
      if (ground === undefined) throw refused(request, ownerId);
      if (isAuditedAccess(ground)) await audited(request, actor, ground);
      if (ground === "admin") {
        logSecurityEvent(request.log, {
          event: securityEvents.adminRead,
          actorId: actor.userId,
          subjectUserId: ownerId,
          resourceType: record.resourceType,
        });
      }
      return owner;
    },
  };
}

export type RecordAccessService = ReturnType<typeof recordAccessService>;
