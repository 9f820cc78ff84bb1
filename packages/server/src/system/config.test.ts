import { describe, expect, it } from "vitest";
import { ConfigError, configFromEnvironment } from "./config.js";

const webDist = "/srv/web";

describe("configuration from the environment", () => {
  it("has the documented defaults: embedded SQLite in ./data on 127.0.0.1:3000", () => {
    const config = configFromEnvironment({}, webDist);
    expect(config).toMatchObject({
      port: 3000,
      host: "127.0.0.1",
      logLevel: "info",
      trustProxy: false,
    });
    expect(config.database).toEqual({ kind: "sqlite", dataDir: `${process.cwd()}/data` });
  });

  it("reads the per-account quotas, with documented defaults", () => {
    expect(configFromEnvironment({}, webDist).quotaLimits).toEqual({
      requestsPerMinute: 600,
      entriesPerDay: 500,
    });
    const config = configFromEnvironment(
      { QUOTA_REQUESTS_PER_MINUTE: "120", QUOTA_ENTRIES_PER_DAY: "50" },
      webDist,
    );
    expect(config.quotaLimits).toEqual({ requestsPerMinute: 120, entriesPerDay: 50 });
    expect(() => configFromEnvironment({ QUOTA_ENTRIES_PER_DAY: "0" }, webDist)).toThrow(
      /QUOTA_ENTRIES_PER_DAY/,
    );
  });

  it("uses PostgreSQL when DATABASE_URL is set", () => {
    const config = configFromEnvironment({ DATABASE_URL: "postgres://u@db:5432/pp" }, webDist);
    expect(config.database).toEqual({ kind: "postgres", url: "postgres://u@db:5432/pp" });
  });

  it.each([
    ["true", true],
    ["2", 2],
    ["10.0.0.1, 10.0.1.0/24", ["10.0.0.1", "10.0.1.0/24"]],
  ])("reads TRUST_PROXY=%s", (value, expected) => {
    expect(configFromEnvironment({ TRUST_PROXY: value }, webDist).trustProxy).toEqual(expected);
  });

  it("limits registrations to 20 per address per hour unless REGISTRATIONS_PER_HOUR says otherwise", () => {
    expect(configFromEnvironment({}, webDist).registrationsPerHour).toBe(20);
    expect(
      configFromEnvironment({ REGISTRATIONS_PER_HOUR: "5" }, webDist).registrationsPerHour,
    ).toBe(5);
    expect(() => configFromEnvironment({ REGISTRATIONS_PER_HOUR: "0" }, webDist)).toThrow(
      ConfigError,
    );
  });

  it("reads the public address and e-mail settings; e-mail is off by default", () => {
    expect(configFromEnvironment({}, webDist)).toMatchObject({
      publicUrl: "http://127.0.0.1:3000",
      smtpUrl: undefined,
    });
    const config = configFromEnvironment(
      { PUBLIC_URL: "https://pain.example.org/", SMTP_URL: "smtp://mail.example.org:587" },
      webDist,
    );
    expect(config).toMatchObject({
      publicUrl: "https://pain.example.org",
      smtpUrl: "smtp://mail.example.org:587",
    });
  });

  it.each([
    { PUBLIC_URL: "ftp://x" },
    { SMTP_URL: "http://mail" },
    { PORT: "eighty" },
    { PORT: "70000" },
    { DATABASE_URL: "mysql://x" },
    { LOG_LEVEL: "loud" },
    { TRUST_PROXY: "everyone" },
  ])("refuses %o with a message naming the variable", (environment) => {
    const name = Object.keys(environment)[0] ?? "";
    expect(() => configFromEnvironment(environment, webDist)).toThrow(ConfigError);
    expect(() => configFromEnvironment(environment, webDist)).toThrow(name);
  });
});
