import {
  defaultReminderSettings,
  reminderSettingsSchema,
  type ReminderSettings,
} from "@painplan/core";
import type { Database } from "../database/database.js";
import type { WriteTransactions } from "../database/group-commit.js";
import { lockRecord } from "../database/record-lock.js";
import "./reminders.tables.js";

/** Reminder settings per person; the defaults until they save their own. */
export type ReminderSettingsRepository = ReturnType<typeof reminderSettingsRepository>;

async function read(db: Database, userId: string): Promise<ReminderSettings> {
  const row = await db
    .selectFrom("reminder_settings")
    .select("settings")
    .where("user_id", "=", userId)
    .executeTakeFirst();
  if (row === undefined) return defaultReminderSettings;
  // Checked against the contract when read; a row from an older release gains new defaults.
  return reminderSettingsSchema.parse({
    ...defaultReminderSettings,
    ...JSON.parse(row.settings),
  });
}

async function write(db: Database, userId: string, settings: ReminderSettings, now: Date) {
  const values = {
    user_id: userId,
    settings: JSON.stringify(settings),
    updated_at: now.toISOString(),
  };
  await db
    .insertInto("reminder_settings")
    .values(values)
    .onConflict((conflict) =>
      conflict.column("user_id").doUpdateSet({
        settings: values.settings,
        updated_at: values.updated_at,
      }),
    )
    .execute();
}

export function reminderSettingsRepository(db: Database, writes: WriteTransactions) {
  return {
    get: (userId: string): Promise<ReminderSettings> => read(db, userId),

    /**
     * Reads the settings, changes them and stores the result in one transaction that holds the
     * person's settings lock, so two changes at once (snooze and stop) both last: a plain read
     * then write let the later writer put back what the earlier one had changed.
     */
    update(
      userId: string,
      change: (current: ReminderSettings) => ReminderSettings,
      now: Date,
    ): Promise<ReminderSettings> {
      return writes.run(async (trx) => {
        await lockRecord(trx, `reminder-settings:${userId}`);
        const next = change(await read(trx, userId));
        await write(trx, userId, next, now);
        return next;
      });
    },
  };
}
