import Sqlite from "better-sqlite3";
import { randomUUID } from "node:crypto";
import path from "node:path";
import pg from "pg";

/** Where the running server keeps its data: the SQLite data folder or a PostgreSQL URL. */
export type SeedPlace = { dataDir: string; databaseUrl: string | undefined };

const columns = [
  "id",
  "user_id",
  "idempotency_key",
  "recorded_at",
  "time_zone",
  "local_date",
  "local_time",
  "intensity_now",
  "intensity_now_recall",
  "average_intensity",
  "average_intensity_recall",
  "regions",
  "activity_note",
  "triggers",
  "helpers",
  "notes",
  "origin",
  "version",
  "created_at",
  "updated_at",
] as const;

/** A full entry every 30 minutes back from now, in UTC (so local day and time are the UTC ones). */
function entryRow(userId: string, index: number, now: number): unknown[] {
  const at = new Date(now - (index + 1) * 30 * 60 * 1000).toISOString();
  const regions = [
    { regionId: "left-sole", intensity: 7, qualities: ["burning", "tingling"] },
    { regionId: "right-sole", intensity: 6, qualities: ["burning"] },
    { regionId: "left-fingers", intensity: 3, qualities: ["numbness"] },
  ];
  return [
    randomUUID(),
    userId,
    randomUUID(),
    at,
    "UTC",
    at.slice(0, 10),
    at.slice(11, 16),
    index % 11,
    "now",
    5,
    "last-24h",
    JSON.stringify(regions),
    "Walked to the shop, rested after.",
    JSON.stringify(["cold weather"]),
    JSON.stringify(["warm socks"]),
    'A bench entry, with a comma, and a "quote".',
    "entry",
    1,
    at,
    at,
  ];
}

/**
 * Writes `count` diary entries for a person straight into the running server's database (the
 * API's per-account quotas would take days). Columns as `0002-pain-diary`.
 */
export async function seedDiary(place: SeedPlace, userId: string, count: number): Promise<void> {
  const now = Date.now();
  const rows = Array.from({ length: count }, (_, index) => entryRow(userId, index, now));
  if (place.databaseUrl === undefined) {
    const db = new Sqlite(path.join(place.dataDir, "painplan.sqlite"));
    db.pragma("busy_timeout = 5000");
    const insert = db.prepare(
      `insert into pain_entries (${columns.join(", ")}) values (${columns.map(() => "?").join(", ")})`,
    );
    db.transaction(() => {
      for (const row of rows) insert.run(...row);
    })();
    db.close();
    return;
  }
  const client = new pg.Client({ connectionString: place.databaseUrl });
  await client.connect();
  try {
    const batch = 500;
    for (let start = 0; start < rows.length; start += batch) {
      const chunk = rows.slice(start, start + batch);
      const placeholders = chunk.map(
        (_, row) =>
          `(${columns.map((_, column) => `$${row * columns.length + column + 1}`).join(", ")})`,
      );
      await client.query(
        `insert into pain_entries (${columns.join(", ")}) values ${placeholders.join(", ")}`,
        chunk.flat(),
      );
    }
  } finally {
    await client.end();
  }
}
