import type { JsonText, Timestamp } from "../database/columns.js";

/** A person's reminder settings (`ReminderSettings` as JSON); none stored means the defaults. */
export type ReminderSettingsTable = { user_id: string; settings: JsonText; updated_at: Timestamp };

/** A person's private calendar feed: only the SHA-256 of its secret is kept. */
export type CalendarFeedsTable = {
  user_id: string;
  token_hash: string;
  created_at: Timestamp;
  last_fetched_at: Timestamp | null;
  last_user_agent: string | null;
};

declare module "../database/tables.js" {
  interface Tables {
    reminder_settings: ReminderSettingsTable;
    calendar_feeds: CalendarFeedsTable;
  }
}
