/**
 * The baseline: a bare Fastify hello-world with no logger, plugins or database. PainPlan's
 * figures are read as ratios against this one, measured in the same run on the same machine.
 */
import Fastify from "fastify";

const app = Fastify({ logger: false });
app.get("/", () => ({ hello: "world" }));

const url = await app.listen({ port: Number(process.env["PORT"] ?? 0), host: "127.0.0.1" });
process.stdout.write(`bare-fastify listening at ${url}\n`);

process.once("SIGTERM", () => {
  void app.close().then(() => process.exit(0));
});
