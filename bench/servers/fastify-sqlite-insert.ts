/**
 * A second reference for durable writes: Fastify plus one raw better-sqlite3 INSERT per request
 * (WAL, synchronous=FULL, as PainPlan runs), one commit each, no auth, no validation. It shows
 * what the disk allows before any PainPlan code runs.
 */
import Sqlite from "better-sqlite3";
import Fastify from "fastify";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const dataDir = mkdtempSync(path.join(tmpdir(), "painplan-bench-raw-"));
const db = new Sqlite(path.join(dataDir, "raw.sqlite"));
db.pragma("journal_mode = WAL");
db.pragma("synchronous = FULL");
db.exec("create table entries (id integer primary key, intensity integer, body text)");
const insert = db.prepare("insert into entries (intensity, body) values (?, ?)");

const app = Fastify({ logger: false });
app.post("/", (request) => {
  const result = insert.run(7, JSON.stringify(request.body));
  return { id: Number(result.lastInsertRowid) };
});

const url = await app.listen({ port: Number(process.env["PORT"] ?? 0), host: "127.0.0.1" });
process.stdout.write(`fastify-sqlite-insert listening at ${url}\n`);

process.once("SIGTERM", () => {
  void app.close().then(() => {
    db.close();
    rmSync(dataDir, { recursive: true, force: true });
    process.exit(0);
  });
});
