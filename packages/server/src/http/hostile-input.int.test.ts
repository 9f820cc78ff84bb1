import { endpoints, errorBodySchema, type Endpoint, type EndpointName } from "@painplan/core";
import type { LightMyRequestResponse } from "fastify";
import { describe, expect, it } from "vitest";
import { accountRows } from "../authorization/matrix/accounts.rows.js";
import { diaryRows } from "../authorization/matrix/diary.rows.js";
import { directoryRows } from "../authorization/matrix/directory.rows.js";
import type { MatrixRequest, Row } from "../authorization/matrix/matrix-row.js";
import { planRows } from "../authorization/matrix/plan.rows.js";
import { profileRows } from "../authorization/matrix/profile.rows.js";
import { remindersRows } from "../authorization/matrix/reminders.rows.js";
import { questionnairesRows } from "../authorization/matrix/questionnaires.rows.js";
import { safetyRows } from "../authorization/matrix/safety.rows.js";
import { practiceRows } from "../authorization/matrix/practice.rows.js";
import { therapiesRows } from "../authorization/matrix/therapies.rows.js";
import { signedInAdmin, signedInPatient, type SignedInClient } from "../testing/accounts.js";
import { hostileRequests, type HostileRequest } from "../testing/hostile-inputs.js";
import { aPainEntry, countPainEntries } from "../testing/pain-entries.js";
import { aMedication, aPainProfile } from "../testing/pain-profiles.js";
import { useTestApp } from "../testing/test-app.js";

/**
 * Hostile input: every endpoint of the contract gets the hostile variants its schemas allow
 * (see testing/hostile-inputs.ts), sent by a signed-in owner of real records (an admin on admin
 * routes). No answer may be a 5xx, every 4xx carries the error body, refused writes leave the
 * owner's diary as it was, and the server still answers afterwards. The variants are fixed lists:
 * every run sends the same requests (the final test states how many).
 */
const rows = {
  ...accountRows,
  ...profileRows,
  ...diaryRows,
  ...questionnairesRows,
  ...safetyRows,
  ...therapiesRows,
  ...practiceRows,
  ...planRows,
  ...remindersRows,
  ...directoryRows,
} satisfies Record<EndpointName, Row>;

// Quotas off: the fuzzer sends thousands of requests a minute from a few accounts.
const testApp = useTestApp({
  quotaLimits: { requestsPerMinute: 1_000_000, entriesPerDay: 1_000_000 },
});

/** Variants no field may accept: the app refuses control characters other than tab and newline. */
const refusedText = /: (NUL character|control characters)$/;

/** Requests sent concurrently at a time: enough to overlap, few enough for a busy 2-CPU box. */
const batchSize = 8;
let sent = 0;

/**
 * What is wrong with one answer, or undefined when it is acceptable. `documented5xx` is a 5xx the
 * endpoint answers every caller by design in this app (the password-reset request says 503 when
 * no SMTP server is set up); it still needs the error body.
 */
function problemWith(
  response: LightMyRequestResponse,
  documented5xx: number | undefined,
): string | undefined {
  if (response.statusCode >= 500 && response.statusCode !== documented5xx)
    return `${response.statusCode} ${response.body.slice(0, 300)}`;
  if (response.statusCode >= 400) {
    let body: unknown;
    try {
      body = JSON.parse(response.body);
    } catch {
      return `${response.statusCode} without a JSON error body: ${response.body.slice(0, 200)}`;
    }
    if (!errorBodySchema.safeParse(body).success)
      return `${response.statusCode} without the error body: ${response.body.slice(0, 200)}`;
  }
  return undefined;
}

function errorCodeOf(response: LightMyRequestResponse): string {
  try {
    const parsed = errorBodySchema.safeParse(JSON.parse(response.body));
    return parsed.success ? parsed.data.error.code : "none";
  } catch {
    return "none";
  }
}

async function send(client: SignedInClient, endpoint: Endpoint, request: HostileRequest) {
  sent += 1;
  const extra = {
    ...(request.rawBody === undefined ? {} : { rawBody: request.rawBody }),
    ...(request.headers === undefined ? {} : { headers: request.headers }),
  };
  return client.client.request(endpoint.method, request.url, request.body, extra);
}

/** Whose session sends the variants: the actor the matrix lets through (admin on admin routes). */
function callerKind(row: Row): "owner" | "admin" {
  return row.expected.owner >= 400 && row.expected.admin < 300 ? "admin" : "owner";
}

/**
 * Fuller valid bodies than the matrix's minimal ones, so nested fields (a medication's dose, a
 * region's qualities) get hostile values too. Laid over the matrix row's body.
 */
const fullerBodies: Partial<Record<EndpointName, Record<string, unknown>>> = {
  replacePainProfile: aPainProfile()
    .withCauses({ cause: "other", otherText: "Knee surgery", isDiagnosed: false, onsetYear: 2020 })
    .withMedications(aMedication())
    .withOtherTreatments({ name: "TENS", note: "helps in the evening" })
    .withRegions({ regionId: "left-sole", intensity: 6, qualities: ["burning"] })
    .build(),
  createPainEntry: aPainEntry()
    .at("2026-03-28T20:00:00Z")
    .withRegions({ regionId: "right-sole", intensity: 8, qualities: ["burning"] })
    .withNotes("woke twice")
    .withTriggers("cold")
    .withHelpers("walking")
    .build(),
};

function withFullerBody(name: EndpointName, base: MatrixRequest): MatrixRequest {
  const fuller = fullerBodies[name];
  if (fuller === undefined || typeof base.body !== "object" || base.body === null) return base;
  return { ...base, body: { ...base.body, ...fuller } };
}

const entries = Object.entries(rows) as [EndpointName, Row][];

describe("hostile input on every endpoint", () => {
  entries.forEach(([name, row], index) => {
    const endpoint: Endpoint = endpoints[name];
    it(`${name}: no 5xx, every refusal with the error body, nothing written`, async () => {
      // Each endpoint its own owner and address, so throttles and sign-outs stay local.
      const owner = await signedInPatient(
        testApp,
        `10.9.${Math.floor(index / 200)}.${index % 200}`,
      );
      const caller = callerKind(row) === "admin" ? await signedInAdmin(testApp) : owner;
      const base = withFullerBody(
        name,
        await row.call({ client: caller.client, self: caller, owner }),
      );
      const variants = hostileRequests(endpoint, base);
      const entriesBefore = await countPainEntries(testApp, owner.user.id);
      const expected = row.expected[callerKind(row)];
      const documented5xx = expected >= 500 ? expected : undefined;
      const problems: string[] = [];
      const codes = new Set<string>();
      let created = 0;
      for (let start = 0; start < variants.length; start += batchSize) {
        const batch = variants.slice(start, start + batchSize);
        const responses = await Promise.all(
          batch.map((variant) => send(caller, endpoint, variant)),
        );
        responses.forEach((response, at) => {
          const problem = problemWith(response, documented5xx);
          const label = batch[at]?.label ?? "";
          if (problem !== undefined) problems.push(`${label}: ${problem}`);
          // Text the app refuses everywhere (issue 9, item 6): NUL and control characters.
          if (response.statusCode < 300 && refusedText.test(label))
            problems.push(`${label}: accepted (${response.statusCode})`);
          if (response.statusCode < 300 && endpoint.method === "POST") created += 1;
          if (response.statusCode >= 400) codes.add(errorCodeOf(response));
        });
      }
      expect(problems).toEqual([]);
      // A refused request writes nothing: only accepted POSTs may add diary rows.
      const entriesAfter = await countPainEntries(testApp, owner.user.id);
      expect(entriesAfter - entriesBefore).toBeLessThanOrEqual(created);
      // The variants reached the schemas (not only a sign-in or CSRF wall).
      if (endpoint.body !== undefined || endpoint.query !== undefined)
        expect([...codes]).toContain("validation_failed");
    }, 60_000);
  });

  it("sends over 3,100 hostile requests per database, and the server still answers", async () => {
    const person = await signedInPatient(testApp, "10.8.0.1");
    const me = await person.client.get("/api/me");
    expect(me.statusCode).toBe(200);
    expect(me.json<{ user: { id: string } }>().user.id).toBe(person.user.id);
    expect(sent).toBeGreaterThan(3_100);
    // No request was an unexpected failure in the server's own eyes either.
    const errors = testApp.logLines.filter(
      (line) => ((JSON.parse(line) as { level?: number }).level ?? 0) >= 50,
    );
    expect(errors).toEqual([]);
  });
});
