import type { SentChannel } from "@painplan/core";
import type { ReminderPayload, RemindersService } from "./reminders.service.js";

/**
 * Sends a message on one channel: Web Push to each of the person's devices, or one e-mail (which
 * never counts as failed: an unconfigured mailer or no address delivers none). Returns how many
 * deliveries were made and failed.
 */
export async function deliverOn(
  reminders: RemindersService,
  userId: string,
  channel: SentChannel,
  message: ReminderPayload,
): Promise<{ delivered: number; failed: number }> {
  return channel === "push"
    ? reminders.pushTo(userId, message)
    : { delivered: await reminders.mailTo(userId, message), failed: 0 };
}
