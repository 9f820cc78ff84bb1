import { randomBytes } from "node:crypto";
import pg from "pg";

/** A database created for one run and dropped at its end, so runs never collide. */
export type ThrowawayDatabase = { name: string; url: string; drop(): Promise<void> };

export async function createThrowawayDatabase(serverUrl: string): Promise<ThrowawayDatabase> {
  // Only hex after a fixed prefix: safe to put in the statement as an identifier.
  const name = `painplan_bench_${randomBytes(6).toString("hex")}`;
  await withClient(serverUrl, (client) => client.query(`create database ${name}`));
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    name,
    url: url.toString(),
    drop: () =>
      withClient(serverUrl, (client) =>
        client.query(`drop database if exists ${name} with (force)`),
      ),
  };
}

async function withClient(url: string, work: (client: pg.Client) => Promise<unknown>) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await work(client);
  } finally {
    await client.end();
  }
}
