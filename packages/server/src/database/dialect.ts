import { type Kysely, PostgresAdapter } from "kysely";

export type DialectName = "sqlite" | "postgres";

/** Which SQL dialect a Kysely instance speaks; used only where portable SQL is impossible. */
export function dialectOf<T>(db: Kysely<T>): DialectName {
  return db.getExecutor().adapter instanceof PostgresAdapter ? "postgres" : "sqlite";
}

/** Column type for a UTC instant (see schema.ts for the encoding). */
export function timestampType(db: Kysely<unknown>): "timestamptz" | "text" {
  return dialectOf(db) === "postgres" ? "timestamptz" : "text";
}
