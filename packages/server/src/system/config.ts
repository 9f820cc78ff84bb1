import { defaultAccountQuotaLimits, type AccountQuotaLimits } from "@painplan/core";
import path from "node:path";
import { registrationThrottlePolicy } from "@painplan/core";
import { z } from "zod";

const logLevels = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;

const environmentSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65_535).default(3000),
  HOST: z.string().min(1).default("127.0.0.1"),
  DATA_DIR: z.string().min(1).default("./data"),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must be a postgres:// or postgresql:// URL")
    .optional(),
  LOG_LEVEL: z.enum(logLevels).default("info"),
  TRUST_PROXY: z
    .string()
    .default("false")
    .transform((value, context): TrustProxy => {
      if (value === "false") return false;
      if (value === "true") return true;
      if (/^\d+$/.test(value)) return Number(value);
      const addresses = value.split(",").map((entry) => entry.trim());
      if (addresses.every((entry) => /^[0-9a-fA-F.:/]+$/.test(entry))) return addresses;
      context.addIssue({
        code: "custom",
        message:
          "TRUST_PROXY must be false, true, a number of proxy hops, or proxy addresses/CIDRs separated by commas",
      });
      return z.NEVER;
    }),
  WEB_DIST_DIR: z.string().min(1).optional(),
  PUBLIC_URL: z
    .url({ protocol: /^https?$/, error: "PUBLIC_URL must be an http:// or https:// URL" })
    .optional(),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, "SMTP_URL must be an smtp:// or smtps:// URL")
    .optional(),
  MAIL_FROM: z.string().min(3).default("PainPlan <no-reply@localhost>"),
  QUOTA_REQUESTS_PER_MINUTE: z.coerce
    .number()
    .int()
    .min(1)
    .default(defaultAccountQuotaLimits.requestsPerMinute),
  QUOTA_ENTRIES_PER_DAY: z.coerce
    .number()
    .int()
    .min(1)
    .default(defaultAccountQuotaLimits.entriesPerDay),
  REGISTRATIONS_PER_HOUR: z.coerce
    .number()
    .int()
    .min(1, "REGISTRATIONS_PER_HOUR must be a whole number of at least 1")
    .default(registrationThrottlePolicy.maxFailures),
});

/**
 * Which X-Forwarded-* hops to believe: a hop count or the proxies' addresses is safest; `true`
 * trusts every hop, so a client could choose its own address (see docs/deploy.md).
 */
export type TrustProxy = boolean | number | string[];

export type DatabaseConfig =
  | { kind: "sqlite"; dataDir: string }
  /** `schema` isolates test runs; deployments use the URL's default (public). */
  | { kind: "postgres"; url: string; schema?: string };

export type ServerConfig = {
  port: number;
  host: string;
  database: DatabaseConfig;
  logLevel: (typeof logLevels)[number];
  trustProxy: TrustProxy;
  webDistDir: string;
  /** The address people reach the app at, for links in e-mail and calendar feeds. */
  publicUrl: string;
  /** Outgoing e-mail; e-mail features are off (and say so) without it. */
  smtpUrl: string | undefined;
  mailFrom: string;
  /** Per-account quotas (docs/security.md). */
  quotaLimits: AccountQuotaLimits;
  /** New accounts per client address per hour (docs/security.md, "Registration"). */
  registrationsPerHour: number;
};

export class ConfigError extends Error {}

/** Reads the documented environment variables (README, "Configuration"). */
export function configFromEnvironment(
  environment: Record<string, string | undefined>,
  defaultWebDistDir: string,
): ServerConfig {
  const parsed = environmentSchema.safeParse(environment);
  if (!parsed.success) {
    const problems = parsed.error.issues.map(
      (issue) => `${issue.path.join(".")}: ${issue.message}`,
    );
    throw new ConfigError(`Invalid configuration:\n  ${problems.join("\n  ")}`);
  }
  const value = parsed.data;
  return {
    port: value.PORT,
    host: value.HOST,
    database:
      value.DATABASE_URL === undefined
        ? { kind: "sqlite", dataDir: path.resolve(value.DATA_DIR) }
        : { kind: "postgres", url: value.DATABASE_URL },
    logLevel: value.LOG_LEVEL,
    trustProxy: value.TRUST_PROXY,
    webDistDir: path.resolve(value.WEB_DIST_DIR ?? defaultWebDistDir),
    publicUrl: (value.PUBLIC_URL ?? `http://${value.HOST}:${value.PORT}`).replace(/\/+$/, ""),
    smtpUrl: value.SMTP_URL,
    mailFrom: value.MAIL_FROM,
    quotaLimits: {
      requestsPerMinute: value.QUOTA_REQUESTS_PER_MINUTE,
      entriesPerDay: value.QUOTA_ENTRIES_PER_DAY,
    },
    registrationsPerHour: value.REGISTRATIONS_PER_HOUR,
  };
}
