import { describe, expect, it } from "vitest";
import { openDatabase } from "../database.js";
import { migrateToLatest, migrateUpTo } from "../migrator.js";
import { freshDatabasePlace } from "../../testing/test-database.js";

describe("migration 0050: the person's country", () => {
  it("guesses the country of existing accounts from their time zone, unknown elsewhere", async () => {
    const place = await freshDatabasePlace();
    const database = openDatabase(place.config);
    const schema = place.config.kind === "postgres" ? place.config.schema : undefined;
    try {
      await migrateUpTo(database.db, "0005-sign-in-sessions", schema);
      const at = "2026-03-01T00:00:00.000Z";
      const user = (id: string, timeZone: string) => ({
        id,
        email: `${id}@example.org`,
        password_hash: "x",
        display_name: id,
        time_zone: timeZone,
        role: "patient" as const,
        created_at: at,
        updated_at: at,
      });
      // Inserted as the 0005 schema had them: no country column yet.
      await database.db
        .insertInto("users")
        .values([
          user("toronto", "America/Toronto"),
          user("new-york", "America/New_York"),
          user("paris", "Europe/Paris"),
        ] as never)
        .execute();
      await migrateToLatest(database.db, schema);
      const rows = await database.db
        .selectFrom("users")
        .select(["id", "country"])
        .orderBy("id")
        .execute();
      expect(rows).toEqual([
        { id: "new-york", country: "US" },
        { id: "paris", country: null },
        { id: "toronto", country: "CA" },
      ]);
    } finally {
      await database.close();
      await place.dispose();
    }
  });
});
