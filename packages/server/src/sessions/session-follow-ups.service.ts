import {
  formatDateTimeIn,
  isFollowUpOpen,
  type FollowUp,
  type FollowUpDueAfter,
} from "@painplan/core";
import type { RecordOwner } from "../audit/reader.js";
import { ApiError, notFound } from "../errors/api-error.js";
import { isoInstant, toFollowUp } from "./session-rows.js";
import type { SessionsDependencies } from "./sessions-dependencies.js";
import { therapySessionsRepository as sessions } from "./therapy-sessions.repository.js";

type Answer = { painNow: number; comparedWithBefore: "better" | "same" | "worse"; note: string };

function isSameAnswer(followUp: FollowUp, answer: Answer): boolean {
  const stored = followUp.answer;
  return (
    stored !== null &&
    stored.painNow === answer.painNow &&
    stored.comparedWithBefore === answer.comparedWithBefore &&
    stored.note === answer.note
  );
}

const answeredDifferently = () =>
  new ApiError(
    "write_conflict",
    "This check-in was already answered with something else. The first answer is kept.",
    { fields: [{ path: "dueAfter", message: "Already answered." }] },
  );

/**
 * Answering a follow-up: once, from its due time on (late is fine and keeps its real time).
 * The same answer again returns the stored one; a different one is a 409 and changes nothing.
 */
export function sessionFollowUps(deps: SessionsDependencies) {
  return {
    async answer(
      owner: RecordOwner,
      key: { sessionId: string; dueAfter: FollowUpDueAfter },
      answer: Answer,
    ): Promise<FollowUp> {
      const now = deps.clock.now();
      return deps.writes.run(async (trx) => {
        const row = await sessions.followUp(trx, owner.userId, key.sessionId, key.dueAfter);
        if (row === undefined) throw notFound("This session's check-in");
        const current = toFollowUp(row);
        if (current.answer !== null) {
          if (isSameAnswer(current, answer)) return current;
          throw answeredDifferently();
        }
        if (!isFollowUpOpen(isoInstant(row.due_at), now)) {
          throw new ApiError(
            "write_conflict",
            `This check-in opens on ${formatDateTimeIn(isoInstant(row.due_at), owner.timeZone)}.`,
            { fields: [{ path: "dueAfter", message: "Not open yet." }] },
          );
        }
        const isSet = await sessions.answer(trx, owner.userId, key, {
          pain_now: answer.painNow,
          compared_with_before: answer.comparedWithBefore,
          note: answer.note,
          answered_at: now.toISOString(),
        });
        const after = await sessions.followUp(trx, owner.userId, key.sessionId, key.dueAfter);
        if (after === undefined) throw notFound("This session's check-in");
        const followUp = toFollowUp(after);
        if (!isSet && !isSameAnswer(followUp, answer)) throw answeredDifferently();
        return followUp;
      });
    },
  };
}

export type SessionFollowUps = ReturnType<typeof sessionFollowUps>;
