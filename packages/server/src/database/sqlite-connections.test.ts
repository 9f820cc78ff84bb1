import Sqlite from "better-sqlite3";
import { Kysely, sql } from "kysely";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { groupCommit } from "./group-commit.js";
import { ReadWriteSqliteDialect, readCacheOf } from "./sqlite-connections.js";

type Tables = { people: { id: string; name: string }; notes: { id: string; text: string } };

let dir: string;
let db: Kysely<Tables>;
/** Commits the driver told of (wal-durability.ts waits for their flush before answers). */
let commits: number;

beforeEach(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "painplan-connections-"));
  const file = path.join(dir, "db.sqlite");
  const writer = new Sqlite(file);
  writer.pragma("journal_mode = WAL");
  const reader = new Sqlite(file, { fileMustExist: true });
  reader.pragma("query_only = ON");
  commits = 0;
  db = new Kysely<Tables>({
    dialect: new ReadWriteSqliteDialect(writer, reader, () => {
      commits += 1;
    }),
  });
  await db.schema.createTable("people").addColumn("id", "text").addColumn("name", "text").execute();
  await db.schema.createTable("notes").addColumn("id", "text").addColumn("text", "text").execute();
  await db.insertInto("people").values({ id: "p1", name: "Ann" }).execute();
});

afterEach(async () => {
  await db.destroy();
  rmSync(dir, { recursive: true, force: true });
});

const nameOf = async (database: Kysely<Tables>) =>
  (await database.selectFrom("people").select("name").where("id", "=", "p1").executeTakeFirst())
    ?.name;

/** Reads the name through the cache the way a repository does. */
function cachedName(): Promise<string | undefined> {
  const cache = readCacheOf(db as unknown as Kysely<unknown>, "people", ["people"]);
  if (cache === undefined) throw new Error("expected a cache on SQLite");
  return cache.read("p1", () => nameOf(db));
}

describe("SQLite read and write connections", () => {
  it("frees the writer after a statement it cannot prepare or run, and counts no commit for it", async () => {
    const before = commits;
    await expect(sql`insert into nowhere values (1)`.execute(db)).rejects.toThrow(/nowhere/);
    await expect(sql`insert into people (nope) values (1)`.execute(db)).rejects.toThrow();
    expect(commits).toBe(before);
    // A writer left held would make this wait for ever (the test's timeout).
    await db.insertInto("notes").values({ id: "n2", text: "after" }).execute();
    expect(commits).toBe(before + 1);
  });

  it("tells of every commit, a transaction's or a single write's, and of none for reads", async () => {
    const before = commits;
    await nameOf(db);
    expect(commits).toBe(before);
    await db.updateTable("people").set({ name: "Bea" }).where("id", "=", "p1").execute();
    expect(commits).toBe(before + 1);
    await db.transaction().execute(async (trx) => {
      await trx.updateTable("people").set({ name: "Cy" }).where("id", "=", "p1").execute();
      await trx.insertInto("notes").values({ id: "n1", text: "x" }).execute();
      expect(commits).toBe(before + 1); // not before the commit
    });
    expect(commits).toBe(before + 2);
    await db
      .transaction()
      .execute(async (trx) => {
        await trx.updateTable("people").set({ name: "Di" }).where("id", "=", "p1").execute();
        throw new Error("changed its mind");
      })
      .catch(() => undefined);
    expect(commits).toBe(before + 2); // a rollback is no commit
  });

  it("a read outside a transaction answers while a transaction holds the writer, with what was committed", async () => {
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    const transaction = db.transaction().execute(async (trx) => {
      await trx.updateTable("people").set({ name: "Bea" }).where("id", "=", "p1").execute();
      expect(await nameOf(trx)).toBe("Bea"); // the transaction sees its own write
      await held;
    });
    // With one connection this read would wait for the transaction (and never finish here).
    expect(await nameOf(db)).toBe("Ann");
    release();
    await transaction;
    expect(await nameOf(db)).toBe("Bea");
  });

  it("writes outside a transaction wait for the one that holds the writer", async () => {
    const order: string[] = [];
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    const transaction = db.transaction().execute(async (trx) => {
      await trx.insertInto("notes").values({ id: "n1", text: "first" }).execute();
      await held;
      order.push("transaction");
    });
    const write = db
      .insertInto("notes")
      .values({ id: "n2", text: "second" })
      .execute()
      .then(() => order.push("write"));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(order).toEqual([]);
    release();
    await Promise.all([transaction, write]);
    expect(order).toEqual(["transaction", "write"]);
  });

  it("group commit batches still see their own writes and commit them", async () => {
    const writes = groupCommit(db as never);
    const results = await Promise.all(
      ["a", "b", "c"].map((id) =>
        writes.run(async (trx) => {
          await (trx as unknown as Kysely<Tables>)
            .insertInto("notes")
            .values({ id, text: id })
            .execute();
          return (
            await (trx as unknown as Kysely<Tables>).selectFrom("notes").select("id").execute()
          ).length;
        }),
      ),
    );
    expect(results).toEqual([1, 2, 3]);
    expect(await db.selectFrom("notes").select("id").execute()).toHaveLength(3);
  });
});

describe("the read cache", () => {
  it("keeps a row until a write to its table, outside or inside a transaction", async () => {
    expect(await cachedName()).toBe("Ann");
    await db.updateTable("people").set({ name: "Bea" }).where("id", "=", "p1").execute();
    expect(await cachedName()).toBe("Bea");
    await db.transaction().execute(async (trx) => {
      await trx.updateTable("people").set({ name: "Cy" }).where("id", "=", "p1").execute();
      // Read (and kept) while the transaction is open: the committed name.
      expect(await cachedName()).toBe("Bea");
    });
    expect(await cachedName()).toBe("Cy");
  });

  it("is not cleared by writes to other tables; is by raw SQL naming its table and by schema changes", async () => {
    // A third connection changes the row behind the cache's back: what the cache says shows
    // whether it was cleared.
    const behind = new Sqlite(path.join(dir, "db.sqlite"));
    const changeBehind = (name: string) =>
      behind.prepare("update people set name = ? where id = 'p1'").run(name);
    try {
      expect(await cachedName()).toBe("Ann");
      changeBehind("Bea");
      await db.insertInto("notes").values({ id: "n", text: "t" }).execute();
      expect(await cachedName()).toBe("Ann");
      await sql`update people set name = 'Cy' where id = 'p1'`.execute(db);
      expect(await cachedName()).toBe("Cy");
      changeBehind("Dee");
      expect(await cachedName()).toBe("Cy");
      await db.schema.createIndex("people_name").on("people").column("name").execute();
      expect(await cachedName()).toBe("Dee");
    } finally {
      behind.close();
    }
  });

  it("a load that started before a write does not keep what it read", async () => {
    const cache = readCacheOf(db as unknown as Kysely<unknown>, "people", ["people"]);
    if (cache === undefined) throw new Error("expected a cache");
    const stale = cache.read("p1", async () => {
      const name = await nameOf(db);
      await db.updateTable("people").set({ name: "Eve" }).where("id", "=", "p1").execute();
      return name;
    });
    expect(await stale).toBe("Ann");
    expect(await cachedName()).toBe("Eve");
  });

  it("is never used inside a transaction", async () => {
    await db.transaction().execute((trx) => {
      expect(readCacheOf(trx as unknown as Kysely<unknown>, "people", ["people"])).toBeUndefined();
      return Promise.resolve();
    });
  });
});
