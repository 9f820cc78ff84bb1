import type { LogPracticeFields, PracticeLogEntry } from "./practice.schema.js";

type Compared = Omit<PracticeLogEntry, "id" | "localDate" | "createdAt" | "startedAt" | "endedAt">;

/**
 * Whether a practice log request that reuses an idempotency key is a retry of the one that made
 * `stored`: every field equal to what was saved (times as instants; a skipped field as the value
 * an entry keeps for it: no poses, null ratings, no words). Anything else is another practice
 * under a used key, which the server refuses.
 */
export function isPracticeLogRetryOf(
  request: LogPracticeFields,
  stored: PracticeLogEntry,
): boolean {
  const sent: Compared = {
    kind: request.kind,
    practiceId: request.practiceId,
    poseIds: request.poseIds ?? [],
    secondsDone: request.secondsDone,
    painBefore: request.painBefore ?? null,
    painAfter: request.painAfter ?? null,
    effort: request.effort ?? null,
    howItFelt: request.howItFelt ?? "",
    isFlareDay: request.isFlareDay ?? null,
  };
  const isSameTime =
    Date.parse(request.startedAt) === Date.parse(stored.startedAt) &&
    Date.parse(request.endedAt) === Date.parse(stored.endedAt);
  return (
    isSameTime &&
    (Object.keys(sent) as (keyof Compared)[]).every(
      (field) => JSON.stringify(sent[field]) === JSON.stringify(stored[field]),
    )
  );
}
