import { Kysely } from "kysely";
import pg from "pg";
import type { OpenDatabase } from "./database.js";
import { transactionPerJob } from "./group-commit.js";
import { migrateToLatest } from "./migrator.js";
import { OwnSchemaPostgresDialect } from "./own-schema-introspector.js";
import type { Tables } from "./tables.js";

/** Timestamps come back as ISO strings (as from SQLite); 64-bit counts as numbers. */
const types = new pg.TypeOverrides();
types.setTypeParser(pg.types.builtins.TIMESTAMPTZ, (value) => new Date(value).toISOString());
types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));

export function openPostgres(url: string, schema?: string): OpenDatabase {
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    types,
    ...(schema === undefined ? {} : { options: `-c search_path=${schema}` }),
  });
  const db = new Kysely<Tables>({ dialect: new OwnSchemaPostgresDialect({ pool }) });
  return {
    db,
    writes: transactionPerJob(db),
    tightenedPaths: [],
    migrate: async () => {
      await migrateToLatest(db, schema);
    },
    close: () => db.destroy(),
  };
}
