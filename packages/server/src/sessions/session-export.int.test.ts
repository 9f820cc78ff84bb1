import type { SessionExport } from "@painplan/core";
import { describe, expect, it } from "vitest";
import { signedInPatient } from "../testing/accounts.js";
import { useTestApp } from "../testing/test-app.js";
import { aSessionLog, logSession, sessionsUrl } from "./testing/sessions.js";

const testApp = useTestApp();

describe("sessions: export", () => {
  it("exports CSV (RFC 4180, BOM) and JSON, oldest first, in the owner's days", async () => {
    const person = await signedInPatient(testApp);
    const older = await logSession(person, aSessionLog({ practitioner: "Ann, LMT" }, 50));
    const newer = await logSession(person, aSessionLog({}, 2));
    const csv = await person.client.get(sessionsUrl(person, "/export.csv"));
    expect(csv.statusCode).toBe(200);
    expect(csv.headers["content-type"]).toMatch(/text\/csv/);
    const lines = csv.body.split("\r\n");
    expect(lines[0]?.startsWith("\uFEFFsession_id,")).toBe(true);
    expect(lines[1]).toContain(`${older.id},`);
    expect(lines[1]).toContain('"Ann, LMT"');
    expect(lines[2]).toContain(`${newer.id},`);
    const json = (
      await person.client.get(sessionsUrl(person, "/export.json"))
    ).json<SessionExport>();
    expect(json.format).toBe("painplan-sessions/1");
    expect(json.sessions.map((s) => s.id)).toEqual([older.id, newer.id]);
  });
});
