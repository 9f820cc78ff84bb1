import type { Compilable, CompiledQuery, QueryResult } from "kysely";
import type { Database } from "./database.js";

/** Stands in for an argument while the query is compiled; never reaches the database. */
class Placeholder {
  constructor(readonly index: number) {}
}

type Compiled = { query: CompiledQuery; slots: number[] };

/**
 * A query that is built and compiled to SQL once per database (and dialect), so each call only
 * binds its arguments. Building a Kysely query and compiling it cost more than running it for the
 * reads every request makes (the sign-in session, bench/). `build` receives stand-ins for the
 * arguments (use them only as values, never in JavaScript logic); each call gets the rows.
 * Runs on the database or on a transaction.
 */
export function preparedQuery<Row, Args extends readonly unknown[]>(
  arity: Args["length"],
  build: (db: Database, ...args: Args) => Compilable<Row>,
): (db: Database, ...args: Args) => Promise<QueryResult<Row>> {
  // Keyed by the dialect adapter: a transaction shares its database's.
  const compiledFor = new WeakMap<object, Compiled>();
  function compile(db: Database): Compiled {
    const placeholders = Array.from({ length: arity }, (_, index) => new Placeholder(index));
    const query = build(db, ...(placeholders as unknown as Args)).compile();
    const slots = query.parameters.map((value) =>
      value instanceof Placeholder ? value.index : -1,
    );
    return { query, slots };
  }
  return (db, ...args) => {
    const adapter = db.getExecutor().adapter;
    let compiled = compiledFor.get(adapter);
    if (compiled === undefined) {
      compiled = compile(db);
      compiledFor.set(adapter, compiled);
    }
    const { query, slots } = compiled;
    const parameters = query.parameters.map((value, index) => {
      const slot = slots[index] ?? -1;
      return slot === -1 ? value : args[slot];
    });
    return db.executeQuery<Row>({ ...query, parameters });
  };
}
