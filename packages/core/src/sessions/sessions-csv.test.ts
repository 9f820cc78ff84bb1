import { describe, expect, it } from "vitest";
import { sessionsCsv } from "./sessions-csv.js";
import type { TherapySession } from "./sessions.schema.js";

const session: TherapySession = {
  id: "6f1f3a4e-3c9b-4b53-9d1e-2f0a6b2c8d11",
  enteredBy: "6f1f3a4e-3c9b-4b53-9d1e-2f0a6b2c8d12",
  startedAt: "2026-03-29T07:00:00.000Z",
  endedAt: "2026-03-29T08:00:00.000Z",
  timeZone: "Europe/Paris",
  localDate: "2026-03-29",
  localTime: "09:00",
  durationMinutes: 60,
  therapyId: "swedish-massage",
  customName: null,
  title: "Swedish massage",
  planItemId: null,
  occurrenceStart: null,
  practitioner: 'Ann "Hands", LMT',
  techniques: ["effleurage", "petrissage"],
  pressure: "light",
  areas: ["left-sole", "right-sole"],
  painBefore: 6,
  painAfter: 3,
  regionPain: null,
  howItFelt: "=calm\r\nthen sleepy",
  sideEffects: ["soreness"],
  sideEffectNote: "",
  safetyCheckId: null,
  charge: {
    price: { amountMinor: 9000, currency: "USD" },
    paidBy: "self",
    packageId: null,
    receiptNote: null,
  },
  followUps: [
    {
      sessionId: "6f1f3a4e-3c9b-4b53-9d1e-2f0a6b2c8d11",
      dueAfter: "24h",
      dueAt: "2026-03-30T08:00:00.000Z",
      answer: {
        painNow: 4,
        comparedWithBefore: "better",
        note: "",
        answeredAt: "2026-03-30T09:00:00.000Z",
        isLate: false,
      },
    },
  ],
  createdAt: "2026-03-29T08:01:00.000Z",
  updatedAt: "2026-03-29T08:01:00.000Z",
};

describe("sessions CSV (RFC 4180)", () => {
  it("starts with a byte order mark and a header; ends each record with CRLF", () => {
    const csv = sessionsCsv([{ ...session, howItFelt: "calm" }]);
    expect(csv.startsWith("\uFEFFsession_id,local_date,")).toBe(true);
    expect(csv.split("\r\n")).toEqual([expect.any(String), expect.any(String), ""]);
  });

  it("quotes commas, quotes and line breaks; defuses formulas; keeps money in minor units", () => {
    const row = sessionsCsv([session]).split("\r\n").slice(1).join("\r\n");
    expect(row).toContain('"Ann ""Hands"", LMT"');
    expect(row).toContain(`"'=calm\r\nthen sleepy"`);
    expect(row).toContain("9000,USD,self,4,better,,");
    expect(row).toContain("effleurage; petrissage");
  });

  it("an empty log is the header alone", () => {
    expect(sessionsCsv([]).split("\r\n")).toHaveLength(2);
  });
});
