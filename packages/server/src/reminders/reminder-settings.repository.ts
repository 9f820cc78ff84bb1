import {
  defaultReminderSettings,
  reminderSettingsSchema,
  type ReminderSettings,
} from "@painplan/core";
import type { Database } from "../database/database.js";
import "./reminders.tables.js";

/** Reminder settings per person; the defaults until they save their own. */
export type ReminderSettingsRepository = ReturnType<typeof reminderSettingsRepository>;

export function reminderSettingsRepository(db: Database) {
  return {
    async get(userId: string): Promise<ReminderSettings> {
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
    },

    /** Stores the whole settings (last write wins: one person, one row, no lost fields). */
    async save(userId: string, settings: ReminderSettings, now: Date): Promise<void> {
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
    },
  };
}
