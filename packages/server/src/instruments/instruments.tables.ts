/**
 * The instruments area's tables (Kysely types). Timestamps are ISO 8601 UTC strings, like every
 * table (see database/schema.ts).
 */
export type InstrumentsTables = Record<never, never>;
