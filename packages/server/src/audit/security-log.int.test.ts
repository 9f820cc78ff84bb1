import type { AccessLogResponse } from "@painplan/core";
import { beforeAll, describe, expect, it } from "vitest";
import { signedInAdmin, signedInPatient, type SignedInClient } from "../testing/accounts.js";
import { aRegistration } from "../testing/factories.js";
import { aPainEntry, entriesUrl, recordPainEntry } from "../testing/pain-entries.js";
import { useTestApp } from "../testing/test-app.js";

/**
 * Security events reach the log with the acting user's id and the request id, and no log line
 * ever holds an email, a display name or a diary note.
 */
const testApp = useTestApp();
const secretNote = "note-3b1f: my knee gave way on the stairs";
const secretName = "Marguerite Zzyzx-Test";
let person: SignedInClient;
let other: SignedInClient;
let admin: SignedInClient;

beforeAll(async () => {
  person = await signedInPatient(
    testApp,
    "10.0.0.1",
    aRegistration({ displayName: secretName }).build(),
  );
  other = await signedInPatient(testApp, "10.0.0.2");
  admin = await signedInAdmin(testApp);
  await recordPainEntry(person, aPainEntry().withNotes(secretNote).build());
});

type SecurityLine = {
  reqId?: string;
  security: {
    event: string;
    actorId: string | null;
    subjectUserId?: string;
    resourceType?: string;
    address?: string;
  };
};

/** The security events logged since `from` (an index into the log lines). */
function eventsSince(from: number): SecurityLine[] {
  return testApp.logLines
    .slice(from)
    .map((line) => JSON.parse(line) as Partial<SecurityLine>)
    .filter((line): line is SecurityLine => line.security !== undefined);
}

async function logged(action: () => Promise<unknown>): Promise<SecurityLine[]> {
  const from = testApp.logLines.length;
  await action();
  return eventsSince(from);
}

describe("security events", () => {
  it("a failed sign-in: no actor, with the request id; then a throttled one", async () => {
    const client = testApp.client("10.0.0.9");
    const attempt = () =>
      client.post("/api/auth/sign-in", { email: person.user.email, password: "wrong password!" });
    const failed = await logged(attempt);
    expect(failed.map((line) => line.security)).toEqual([
      { event: "sign-in-failed", actorId: null, address: "10.0.0.9" },
    ]);
    expect(failed[0]?.reqId).toMatch(/^req-/);
    for (let count = 0; count < 5; count += 1) await attempt();
    const throttled = await logged(attempt);
    expect(throttled.map((line) => line.security.event)).toEqual(["sign-in-throttled"]);
  });

  it("a refused and a successful password change, which ends the other sessions", async () => {
    const someone = await signedInPatient(testApp, "10.0.0.3");
    const url = "/api/me/password";
    const refused = await logged(() =>
      someone.client.post(url, {
        currentPassword: "not it at all",
        newPassword: "a new long pass",
      }),
    );
    expect(refused.map((line) => line.security)).toEqual([
      { event: "password-change-refused", actorId: someone.user.id },
    ]);
    const changed = await logged(() =>
      someone.client.post(url, {
        currentPassword: someone.password,
        newPassword: "a new long pass",
      }),
    );
    expect(changed.map((line) => line.security)).toEqual([
      { event: "password-changed", actorId: someone.user.id },
      { event: "other-sessions-ended", actorId: someone.user.id },
    ]);
    expect(new Set(changed.map((line) => line.reqId)).size).toBe(1);
  });

  it("another person's records: the 404 is logged with who asked and whose records", async () => {
    const lines = await logged(() => other.client.get(entriesUrl(person)));
    expect(lines.map((line) => line.security)).toEqual([
      {
        event: "record-access-refused",
        actorId: other.user.id,
        subjectUserId: person.user.id,
        resourceType: "pain-entries",
      },
    ]);
    expect(lines[0]?.reqId).toMatch(/^req-/);
  });

  it("an admin reading a person's access log, and the admin user list, which is also audited", async () => {
    const read = await logged(() => admin.client.get(`/api/users/${person.user.id}/access-log`));
    expect(read.map((line) => line.security)).toEqual([
      {
        event: "admin-read",
        actorId: admin.user.id,
        subjectUserId: person.user.id,
        resourceType: "access-log",
      },
    ]);
    const list = await logged(() => admin.client.get("/api/admin/users?limit=200"));
    expect(list.map((line) => line.security)).toEqual([
      { event: "admin-read", actorId: admin.user.id, resourceType: "user-list" },
    ]);
    const accessLog = (
      await person.client.get(`/api/users/${person.user.id}/access-log`)
    ).json<AccessLogResponse>();
    expect(accessLog.events).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          actorId: admin.user.id,
          action: "list",
          resourceType: "account",
        }),
      ]),
    );
  });
});

it("no log line holds an email, a display name or a diary note (runs last)", () => {
  const text = testApp.logLines.join("\n");
  for (const secret of [secretNote, secretName, person.user.email, other.user.email])
    expect(text).not.toContain(secret);
});
