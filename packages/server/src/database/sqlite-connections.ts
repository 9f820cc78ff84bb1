import type Sqlite from "better-sqlite3";
import {
  CompiledQuery,
  SqliteDialect,
  type DatabaseConnection,
  type DialectAdapter,
  type Kysely,
  type Driver,
  type QueryResult,
} from "kysely";

const statementCacheSize = 500;

/**
 * Kysely prepares every query anew, and compiling SQL was the largest cost of a simple read
 * (14% of CPU for GET /api/me, bench/). A connection runs one statement at a time, so compiled
 * statements can be reused; the cache is bounded, oldest out first.
 */
function statementCache(connection: Sqlite.Database) {
  const statements = new Map<string, Sqlite.Statement>();
  return (sql: string): Sqlite.Statement => {
    const cached = statements.get(sql);
    if (cached !== undefined) return cached;
    const statement = connection.prepare(sql);
    if (statements.size >= statementCacheSize) {
      const oldest = statements.keys().next();
      if (oldest.done !== true) statements.delete(oldest.value);
    }
    statements.set(sql, statement);
    return statement;
  };
}

function run(statement: Sqlite.Statement, parameters: readonly unknown[]): QueryResult<unknown> {
  if (statement.reader) return { rows: statement.all(parameters) };
  const { changes, lastInsertRowid } = statement.run(parameters);
  return { numAffectedRows: BigInt(changes), insertId: BigInt(lastInsertRowid), rows: [] };
}

/** One holder at a time, in the order they asked. */
class Mutex {
  #held: Promise<void> | undefined;
  #release: (() => void) | undefined;

  async lock(): Promise<void> {
    while (this.#held !== undefined) await this.#held;
    this.#held = new Promise((resolve) => {
      this.#release = resolve;
    });
  }

  unlock(): void {
    const release = this.#release;
    this.#held = undefined;
    this.#release = undefined;
    release?.();
  }
}

/** Rows kept from reads of the read connection; thrown away whenever a write may change them. */
export class ReadCache {
  readonly #rows = new Map<string, unknown>();
  /** Bumped by every clear: a load that started before a write does not keep its rows. */
  #generation = 0;

  constructor(
    /** Matches the SQL of a write to a table the rows come from. */
    readonly touches: RegExp,
    private readonly maxRows: number,
  ) {}

  clear(): void {
    this.#rows.clear();
    this.#generation += 1;
  }

  /** The kept value for `key`, or `load()`'s (kept unless it is undefined or a write came between). */
  async read<T>(key: string, load: () => Promise<T | undefined>): Promise<T | undefined> {
    if (this.#rows.has(key)) return this.#rows.get(key) as T;
    const generation = this.#generation;
    const value = await load();
    if (value !== undefined && generation === this.#generation) {
      if (this.#rows.size >= this.maxRows) this.#rows.clear();
      this.#rows.set(key, value);
    }
    return value;
  }
}

const transactionControl = /^\s*(begin|commit|end|rollback|savepoint|release)\b/i;
const dataChange = /^\s*(insert|update|delete|replace|with)\b/i;

/** Plain reads: a select (or a `with … select`) that SQLite itself says writes nothing. */
const selectStart = /^\s*(select|with)\b/i;

/**
 * Two connections to one database file: one writes, one reads. A write transaction (a group
 * commit's batch) holds the write connection across many awaits, and with one connection every
 * other request's reads, the sign-in session lookup first, waited for the whole batch and its
 * disk flush; so fewer requests reached the next batch and each flush served fewer of them
 * (bench/: quick log). In WAL mode a second connection reads the last committed state while a
 * transaction is open on the first, without waiting, so a read outside a transaction goes there.
 * Everything else (writes, transactions and every statement inside them, pragmas, streams) goes
 * to the write connection, one holder at a time, as before. A read sees exactly what was
 * committed when it ran, the same as when it waited for the batch to finish before starting:
 * the batch's own requests are answered only after its commit.
 */
class ReadWriteDriver implements Driver {
  readonly #mutex = new Mutex();
  readonly #caches = new Map<string, ReadCache>();
  /** Caches a write of the open transaction touched: cleared again when it commits. */
  readonly #touchedInTransaction = new Set<ReadCache>();
  #isInTransaction = false;
  readonly #writeStatement: (sql: string) => Sqlite.Statement;
  readonly #readStatement: (sql: string) => Sqlite.Statement;

  constructor(
    private readonly writer: Sqlite.Database,
    private readonly reader: Sqlite.Database,
    /** Told of every commit, so answers can wait until it is on disk (wal-durability.ts). */
    private readonly onCommit: () => void,
  ) {
    this.#writeStatement = statementCache(writer);
    this.#readStatement = statementCache(reader);
  }

  async init(): Promise<void> {}

  /** A connection is a lease: it holds the write connection only inside a transaction. */
  acquireConnection(): Promise<DatabaseConnection> {
    return Promise.resolve(new RoutedConnection(this));
  }

  async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await this.#mutex.lock();
    leaseOf(connection).isInTransaction = true;
    this.#isInTransaction = true;
    this.writeNow(CompiledQuery.raw("begin"));
  }

  async commitTransaction(): Promise<void> {
    this.writeNow(CompiledQuery.raw("commit"));
    this.onCommit();
    // Reads during the transaction saw the state before it and may have been kept since.
    for (const cache of this.#touchedInTransaction) cache.clear();
    this.#touchedInTransaction.clear();
    return Promise.resolve();
  }

  async rollbackTransaction(): Promise<void> {
    this.writeNow(CompiledQuery.raw("rollback"));
    this.#touchedInTransaction.clear();
    return Promise.resolve();
  }

  /** Kysely releases every lease, after commit or rollback too: the write connection is free. */
  async releaseConnection(connection: DatabaseConnection): Promise<void> {
    const routed = leaseOf(connection);
    if (!routed.isInTransaction) return;
    routed.isInTransaction = false;
    this.#isInTransaction = false;
    this.#touchedInTransaction.clear();
    this.#mutex.unlock();
    return Promise.resolve();
  }

  async destroy(): Promise<void> {
    this.reader.close();
    this.writer.close();
    return Promise.resolve();
  }

  /**
   * The read cache `name`, for rows of `tables` (one per name). SQLite has one server per data
   * folder (the folder lock) and every write of it passes `writeNow`, so a kept row is thrown away
   * by any write that may change it: one naming a table of it, any statement that is neither a
   * read nor a plain data change (schema changes, pragmas), and again at the commit of a
   * transaction that wrote one.
   */
  cache(name: string, tables: readonly string[]): ReadCache {
    let cache = this.#caches.get(name);
    if (cache === undefined) {
      cache = new ReadCache(new RegExp(`\\b(${tables.join("|")})\\b`), 10_000);
      this.#caches.set(name, cache);
    }
    return cache;
  }

  /** On the write connection, by a holder of it. */
  writeNow(query: CompiledQuery): QueryResult<unknown> {
    const statement = this.#writeStatement(query.sql);
    try {
      return run(statement, query.parameters);
    } finally {
      if (this.#caches.size > 0 && !statement.readonly) this.#wrote(query.sql);
    }
  }

  #wrote(sql: string): void {
    if (transactionControl.test(sql)) return;
    const isDataChange = dataChange.test(sql);
    for (const cache of this.#caches.values()) {
      if (isDataChange && !cache.touches.test(sql)) continue;
      cache.clear();
      if (this.#isInTransaction) this.#touchedInTransaction.add(cache);
    }
  }

  /** On the write connection, waiting for a transaction that holds it; a commit of its own. */
  async write(query: CompiledQuery): Promise<QueryResult<unknown>> {
    await this.#mutex.lock();
    try {
      const result = this.writeNow(query);
      // Outside a transaction a write commits on its own (the statement is prepared by now).
      if (!this.#writeStatement(query.sql).readonly) this.onCommit();
      return result;
    } finally {
      this.#mutex.unlock();
    }
  }

  /** The read connection when the statement only reads; else undefined. */
  readStatement(sql: string): Sqlite.Statement | undefined {
    if (!selectStart.test(sql)) return undefined;
    let statement: Sqlite.Statement;
    try {
      statement = this.#readStatement(sql);
    } catch {
      // Whatever the read connection cannot prepare, the write connection answers (or refuses).
      return undefined;
    }
    return statement.readonly ? statement : undefined;
  }

  async *stream(
    query: CompiledQuery,
    isHeld: boolean,
  ): AsyncIterableIterator<QueryResult<unknown>> {
    // A stream keeps its statement open across awaits: it holds the write connection throughout.
    if (!isHeld) await this.#mutex.lock();
    try {
      const statement = this.#writeStatement(query.sql);
      if (!statement.reader) throw new Error("Only queries that return rows can be streamed.");
      for (const row of statement.iterate(query.parameters)) yield { rows: [row] };
    } finally {
      if (!isHeld) this.#mutex.unlock();
    }
  }
}

/** The leases are this driver's own (Kysely hands back what `acquireConnection` gave). */
function leaseOf(connection: DatabaseConnection): RoutedConnection {
  if (!(connection instanceof RoutedConnection)) throw new Error("not a connection of this driver");
  return connection;
}

class RoutedConnection implements DatabaseConnection {
  /** Between begin and commit/rollback: every statement runs on the held write connection. */
  isInTransaction = false;

  constructor(private readonly driver: ReadWriteDriver) {}

  executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    if (this.isInTransaction) {
      return Promise.resolve(this.driver.writeNow(query) as QueryResult<R>);
    }
    const reading = this.driver.readStatement(query.sql);
    if (reading !== undefined)
      return Promise.resolve(run(reading, query.parameters) as QueryResult<R>);
    return this.driver.write(query) as Promise<QueryResult<R>>;
  }

  streamQuery<R>(query: CompiledQuery): AsyncIterableIterator<QueryResult<R>> {
    return this.driver.stream(query, this.isInTransaction) as AsyncIterableIterator<QueryResult<R>>;
  }
}

/** The driver behind each adapter of this dialect (a transaction shares its database's). */
const drivers = new WeakMap<object, ReadWriteDriver>();

/** Kysely's SQLite dialect over a write and a read connection to the same file (WAL mode). */
export class ReadWriteSqliteDialect extends SqliteDialect {
  readonly #driver: ReadWriteDriver;

  constructor(writer: Sqlite.Database, reader: Sqlite.Database, onCommit: () => void) {
    super({ database: writer });
    this.#driver = new ReadWriteDriver(writer, reader, onCommit);
  }

  override createDriver(): Driver {
    return this.#driver;
  }

  override createAdapter(): DialectAdapter {
    const adapter = super.createAdapter();
    drivers.set(adapter, this.#driver);
    return adapter;
  }
}

/**
 * The read cache `name` over `tables` for reads outside a transaction on the embedded database;
 * undefined elsewhere (PostgreSQL is shared by several instances, and a transaction must see
 * its own writes), where callers read the database every time.
 */
export function readCacheOf(
  db: Kysely<unknown>,
  name: string,
  tables: readonly string[],
): ReadCache | undefined {
  if (db.isTransaction) return undefined;
  return drivers.get(db.getExecutor().adapter)?.cache(name, tables);
}
