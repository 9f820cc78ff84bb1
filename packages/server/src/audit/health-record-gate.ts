import type { Authentication } from "../http/route-context.js";
import type { AccessService } from "./access.service.js";

/** The person whose health records a route reaches, with the zone their days are counted in. */
export type HealthRecordOwner = { userId: string; timeZone: string };

/** What a read is about, for the audit trail. */
export type HealthRecordRead = { type: string; id: string | null; action?: "read" | "list" };

/**
 * The gate of every route over health records (pain profile, diary, questionnaires, safety
 * intake): only the owner passes, everyone else gets 404, and a non-owner read would be
 * audited. Returns the owner, who is the signed-in person once the gate has let them through.
 */
export function healthRecordGate(access: AccessService) {
  const ownerOf = (authentication: Authentication): HealthRecordOwner => ({
    userId: authentication.user.id,
    timeZone: authentication.user.timeZone,
  });
  return {
    async read(
      authentication: Authentication,
      ownerId: string,
      resource: HealthRecordRead,
    ): Promise<HealthRecordOwner> {
      await access.authorizeRead({
        actor: authentication.actor,
        ownerId,
        kind: "health-records",
        action: resource.action ?? "read",
        resourceType: resource.type,
        resourceId: resource.id,
      });
      return ownerOf(authentication);
    },

    write(authentication: Authentication, ownerId: string): HealthRecordOwner {
      access.authorizeWrite({ actor: authentication.actor, ownerId, kind: "health-records" });
      return ownerOf(authentication);
    },
  };
}

export type HealthRecordGate = ReturnType<typeof healthRecordGate>;
