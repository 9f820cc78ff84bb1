import { sentChannels, type PlannedReminder } from "@painplan/core";
import type { ClaimedJob } from "../jobs/job-queue.js";

/** The payload of a send job: ids and times only, never health text. */
export function sendPayload(ownerId: string, reminder: PlannedReminder) {
  return {
    userId: ownerId,
    itemId: reminder.itemId,
    occurrenceKey: reminder.occurrenceKey,
    occurrenceStart: reminder.occurrenceStart,
    channel: reminder.channel,
    sendAt: reminder.sendAt,
  };
}

/** The reminder a send job carries; undefined for a payload that is not one. */
export function reminderOf(
  job: ClaimedJob,
): { userId: string; reminder: PlannedReminder } | undefined {
  const p = job.payload;
  const channel = sentChannels.find((name) => name === p["channel"]);
  if (
    typeof p["userId"] !== "string" ||
    typeof p["itemId"] !== "string" ||
    typeof p["occurrenceKey"] !== "string" ||
    typeof p["occurrenceStart"] !== "string" ||
    typeof p["sendAt"] !== "string" ||
    channel === undefined
  ) {
    return undefined;
  }
  return {
    userId: p["userId"],
    reminder: {
      itemId: p["itemId"],
      occurrenceKey: p["occurrenceKey"],
      occurrenceStart: p["occurrenceStart"],
      channel,
      sendAt: p["sendAt"],
    },
  };
}
