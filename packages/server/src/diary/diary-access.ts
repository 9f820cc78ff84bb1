import type { AccessService } from "../audit/access.service.js";
import type { Authentication } from "../http/route-context.js";
import type { DiaryOwner } from "./diary-context.js";

/**
 * The gate of every diary route: the diary is a health record, so only its owner passes and
 * everyone else gets 404. Returns the owner with the time zone their days are counted in.
 */
export function diaryAccess(access: AccessService) {
  const ownerOf = (authentication: Authentication): DiaryOwner => ({
    userId: authentication.user.id,
    timeZone: authentication.user.timeZone,
  });
  return {
    async read(
      authentication: Authentication,
      userId: string,
      resource: { type: string; id: string | null },
    ): Promise<DiaryOwner> {
      await access.authorizeRead({
        actor: authentication.actor,
        ownerId: userId,
        kind: "health-records",
        action: "read",
        resourceType: resource.type,
        resourceId: resource.id,
      });
      return ownerOf(authentication);
    },

    write(authentication: Authentication, userId: string): DiaryOwner {
      access.authorizeWrite({
        actor: authentication.actor,
        ownerId: userId,
        kind: "health-records",
      });
      return ownerOf(authentication);
    },
  };
}

export type DiaryAccess = ReturnType<typeof diaryAccess>;
