import { checkSessionTimes, minorUnitDigits, type SessionDefaults } from "@painplan/core";
import { describe, expect, it } from "vitest";
import {
  minorToText,
  newSessionDraft,
  sessionDraftChange,
  sessionRequestOf,
  textToMinor,
} from "./session-draft";

const defaults: SessionDefaults = {
  planItemId: "6f1f3a4e-3c9b-4b53-9d1e-2f0a6b2c8d11",
  occurrenceStart: "2026-03-28T10:00",
  startedAt: "2026-03-28T09:00:00.000Z",
  durationMinutes: 60,
  therapyId: "swedish-massage",
  customName: null,
  title: "Swedish massage",
  practitioner: "Ann Lee",
  pressure: "light",
  areas: ["left-sole"],
  usualPrice: { amountMinor: 9000, currency: "USD" },
  loggedSessionId: null,
};

const draftOf = (value: SessionDefaults | undefined) =>
  newSessionDraft({
    defaults: value,
    timeZone: "Europe/Paris",
    now: new Date("2026-03-29T12:00:00Z"),
    newKey: () => "6f1f3a4e-3c9b-4b53-9d1e-2f0a6b2c8d12",
    currency: "EUR",
  });

describe("the session log draft", () => {
  it("starts from the plan item's defaults: the planned time on the person's clock, length, usual price", () => {
    const draft = draftOf(defaults);
    expect(draft).toMatchObject({
      start: { wallTime: "2026-03-28T10:00" },
      durationText: "60",
      practitioner: "Ann Lee",
      priceText: "90.00",
      currency: "USD",
      paidBy: "self",
    });
    const result = sessionRequestOf(
      { ...draft, painBefore: 6, painAfter: 3 },
      "Europe/Paris",
      minorUnitDigits,
    );
    expect(result).toMatchObject({
      request: {
        startedAt: "2026-03-28T09:00:00.000Z",
        planItemId: defaults.planItemId,
        occurrenceStart: "2026-03-28T10:00",
        charge: { price: { amountMinor: 9000, currency: "USD" }, paidBy: "self" },
      },
    });
  });

  it("logs techniques and pain by area too: scored areas only, null when none", () => {
    const draft = {
      ...draftOf(defaults),
      techniquesText: "effleurage, stretching",
      regionPain: [
        { regionId: "left-sole", before: 7, after: 4 },
        { regionId: "right-sole", before: null, after: null },
      ],
    };
    expect(sessionRequestOf(draft, "Europe/Paris", minorUnitDigits)).toMatchObject({
      request: {
        techniques: ["effleurage", "stretching"],
        regionPain: [{ regionId: "left-sole", before: 7, after: 4 }],
      },
    });
    expect(sessionRequestOf(draftOf(defaults), "Europe/Paris", minorUnitDigits)).toMatchObject({
      request: { techniques: [], regionPain: null },
    });
  });

  it("asks for a therapy and a length in minutes when nothing is planned", () => {
    const draft = { ...draftOf(undefined), durationText: "0" };
    expect(sessionRequestOf(draft, "Europe/Paris", minorUnitDigits)).toEqual({
      problems: [
        { path: "durationMinutes", message: "Enter the length in whole minutes, 1 to 480." },
        { path: "therapyId", message: "Choose the therapy." },
      ],
    });
  });

  it("starts a session not in the plan so that it has just ended: saving the defaults passes the server's time check", () => {
    const draft = { ...draftOf(undefined), therapyId: "swedish-massage" };
    expect(draft.start.wallTime).toBe("2026-03-29T13:00");
    const result = sessionRequestOf(draft, "Europe/Paris", minorUnitDigits);
    if (!("request" in result)) throw new Error("the defaults should make a request");
    expect(checkSessionTimes(result.request, new Date("2026-03-29T12:00:00Z"))).toBeUndefined();
  });

  it("moves an untouched start with the length, and leaves a start the person set", () => {
    const draft = draftOf(undefined);
    const later = new Date("2026-03-29T12:10:00Z");
    expect(sessionDraftChange(draft, { durationText: "90" }, "Europe/Paris", later)).toMatchObject({
      durationText: "90",
      start: { wallTime: "2026-03-29T12:40" },
    });
    const typed = { wallTime: "2026-03-29T09:00", occurrence: null };
    const own = { ...draft, ...sessionDraftChange(draft, { start: typed }, "Europe/Paris", later) };
    expect(own.autoStart).toBeUndefined();
    expect(sessionDraftChange(own, { durationText: "90" }, "Europe/Paris", later)).toEqual({
      durationText: "90",
    });
    expect(sessionDraftChange(draft, { durationText: "" }, "Europe/Paris", later)).toEqual({
      durationText: "",
    });
  });

  it("reads prices exactly in minor units, never through floating point", () => {
    expect(textToMinor("90", 2)).toBe(9000);
    expect(textToMinor("90,5", 2)).toBe(9050);
    expect(textToMinor("0.29", 2)).toBe(29);
    expect(textToMinor("1.005", 2)).toBeUndefined();
    expect(textToMinor("1500", 0)).toBe(1500);
    expect(textToMinor("-3", 2)).toBeUndefined();
    expect(minorToText(9005, 2)).toBe("90.05");
  });
});
