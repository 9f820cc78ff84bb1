import {
  checkPainProfileDates,
  localDayOf,
  type PainProfile,
  type PainProfileFields,
} from "@painplan/core";
import { ApiError } from "../errors/api-error.js";
import type { Clock } from "../system/clock.js";
import type { RecordOwner } from "../audit/reader.js";
import type { PainProfileRepository } from "./pain-profile.repository.js";

export function painProfileService(profiles: PainProfileRepository, clock: Clock) {
  return {
    find: (owner: RecordOwner): Promise<PainProfile> => profiles.find(owner.userId),

    /** Replaces the whole profile; dates are checked against the person's own today. */
    async replace(owner: RecordOwner, profile: PainProfileFields): Promise<PainProfile> {
      const now = clock.now().toISOString();
      const problems = checkPainProfileDates(profile, localDayOf(now, owner.timeZone));
      if (problems.length > 0) {
        throw new ApiError("validation_failed", "Some fields need attention.", {
          fields: problems,
        });
      }
      await profiles.save(owner.userId, profile, now);
      return { ...profile, updatedAt: now };
    },
  };
}

export type PainProfileService = ReturnType<typeof painProfileService>;
