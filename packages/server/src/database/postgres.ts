import { Kysely, PostgresDialect } from "kysely";
import pg from "pg";
import type { OpenDatabase } from "./database.js";
import { migrateToLatest } from "./migrator.js";
import type { Tables } from "./schema.js";

const timestamptzOid = 1184;
const int8Oid = 20;

/** Timestamps come back as ISO strings (as from SQLite); counts as numbers. */
const types = {
  getTypeParser: ((oid: number, format?: "text" | "binary") => {
    if (oid === timestamptzOid) return (value: string) => new Date(value).toISOString();
    if (oid === int8Oid) return (value: string) => Number(value);
    return format === "binary" ? pg.types.getTypeParser(oid, "binary") : pg.types.getTypeParser(oid);
  }) as pg.CustomTypesConfig["getTypeParser"],
};

export function openPostgres(url: string, schema?: string): OpenDatabase {
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    types,
    ...(schema === undefined ? {} : { options: `-c search_path=${schema}` }),
  });
  const db = new Kysely<Tables>({ dialect: new PostgresDialect({ pool }) });
  return {
    db,
    dialect: "postgres",
    migrate: async () => {
      await migrateToLatest(db, schema);
    },
    close: () => db.destroy(),
  };
}
