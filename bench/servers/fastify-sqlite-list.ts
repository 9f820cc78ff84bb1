/**
 * The reference for reading the diary: Fastify plus one raw better-sqlite3 query over a
 * PainPlan database that the runner seeded through the API (DB_FILE), answering with
 * JSON.stringify of the rows as read. No auth, no validation, no mapping: what reading the
 * same rows costs before any PainPlan code runs.
 */
import Sqlite from "better-sqlite3";
import Fastify from "fastify";

const file = process.env["DB_FILE"];
if (file === undefined) throw new Error("DB_FILE names the seeded PainPlan database.");
const db = new Sqlite(file, { readonly: true });
const page = db.prepare(
  `select * from pain_entries
    where user_id = ? and deleted_at is null and recorded_at >= ?
    order by recorded_at desc, id desc
    limit ?`,
);

type ListQuery = { userId: string; from: string; limit: string };

const app = Fastify({ logger: false });
app.get<{ Querystring: ListQuery }>("/", (request, reply) => {
  const { userId, from, limit } = request.query;
  const rows = page.all(userId, from, Number(limit) + 1);
  return reply.type("application/json").send(JSON.stringify({ items: rows, nextCursor: null }));
});

const url = await app.listen({ port: Number(process.env["PORT"] ?? 0), host: "127.0.0.1" });
process.stdout.write(`fastify-sqlite-list listening at ${url}\n`);

process.once("SIGTERM", () => {
  void app.close().then(() => {
    db.close();
    process.exit(0);
  });
});
