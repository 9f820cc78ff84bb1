import type { TherapySession } from "@painplan/core";
import { describe, expect, it } from "vitest";
import { draftProblem, sessionChangesOf, sessionDraftOf } from "./session-draft";
import { sessionHistoryState, sessionHistoryStateOf } from "./session-history-state";

const zone = "Europe/Paris";

/** A planned Swedish massage, 28 March 2026 10:00 in Paris (09:00 UTC), pain 6 → 3, paid 90 USD. */
const saved: TherapySession = {
  id: "6f1f3a4e-3c9b-4b53-9d1e-2f0a6b2c8d20",
  enteredBy: "6f1f3a4e-3c9b-4b53-9d1e-2f0a6b2c8d21",
  startedAt: "2026-03-28T09:00:00.000Z",
  endedAt: "2026-03-28T10:00:00.000Z",
  timeZone: zone,
  localDate: "2026-03-28",
  localTime: "10:00",
  durationMinutes: 60,
  therapyId: "swedish-massage",
  customName: null,
  title: "Swedish massage",
  planItemId: "6f1f3a4e-3c9b-4b53-9d1e-2f0a6b2c8d11",
  occurrenceStart: "2026-03-28T10:00",
  practitioner: "Ann Lee",
  techniques: ["effleurage"],
  pressure: "light",
  areas: ["left-sole"],
  painBefore: 6,
  painAfter: 3,
  regionPain: null,
  howItFelt: "",
  sideEffects: [],
  sideEffectNote: "",
  safetyCheckId: null,
  charge: {
    price: { amountMinor: 9000, currency: "USD" },
    paidBy: "self",
    packageId: null,
    receiptNote: null,
  },
  followUps: [],
  createdAt: "2026-03-28T10:05:00.000Z",
  updatedAt: "2026-03-28T10:05:00.000Z",
};

describe("changing a logged session", () => {
  it("fills the form from the saved session, the start on the person's clock", () => {
    expect(sessionDraftOf(saved, zone)).toMatchObject({
      start: { wallTime: "2026-03-28T10:00", occurrence: null },
      durationText: "60",
      therapyId: "swedish-massage",
      title: "Swedish massage",
      planItemId: saved.planItemId,
      painBefore: 6,
      painAfter: 3,
      priceText: "90.00",
      currency: "USD",
    });
    // Another zone shows the same instant on that clock.
    expect(sessionDraftOf(saved, "America/New_York").start.wallTime).toBe("2026-03-28T05:00");
  });

  it("says nothing changed when the form is as it was saved", () => {
    expect(sessionChangesOf(sessionDraftOf(saved, zone), saved, zone)).toEqual({
      unchanged: true,
    });
  });

  it("sends only what changed: a new pain after does not resend the time (no retiming)", () => {
    const draft = { ...sessionDraftOf(saved, zone), painAfter: 2 };
    expect(sessionChangesOf(draft, saved, zone)).toEqual({ changes: { painAfter: 2 } });
  });

  it("clears a score with null, and never sends the plan link", () => {
    const draft = { ...sessionDraftOf(saved, zone), painBefore: null, planItemId: null };
    expect(sessionChangesOf(draft, saved, zone)).toEqual({ changes: { painBefore: null } });
  });

  it("sends a new price, currency or payer as the whole charge; an emptied price removes it", () => {
    const draft = sessionDraftOf(saved, zone);
    expect(
      sessionChangesOf({ ...draft, priceText: "80.50", currency: "EUR" }, saved, zone),
    ).toEqual({
      changes: {
        charge: {
          price: { amountMinor: 8050, currency: "EUR" },
          paidBy: "self",
          packageId: null,
          receiptNote: null,
        },
      },
    });
    expect(sessionChangesOf({ ...draft, paidBy: "insurance" }, saved, zone)).toMatchObject({
      changes: { charge: { price: { amountMinor: 9000, currency: "USD" }, paidBy: "insurance" } },
    });
    expect(sessionChangesOf({ ...draft, priceText: "90" }, saved, zone)).toEqual({
      unchanged: true,
    });
    expect(sessionChangesOf({ ...draft, priceText: " " }, saved, zone)).toEqual({
      changes: { charge: null },
    });
    expect(sessionChangesOf({ ...draft, priceText: "ninety" }, saved, zone)).toEqual({
      problems: [
        {
          path: "charge.price.amountMinor",
          message: "Enter the price in USD as a number, such as 90 or 90.50.",
        },
      ],
    });
  });

  it("a price for a session that had none is self-paid; a package session keeps its package and note", () => {
    const unpriced = { ...saved, charge: null };
    expect(
      sessionChangesOf({ ...sessionDraftOf(unpriced, zone), priceText: "60" }, unpriced, zone),
    ).toEqual({
      changes: {
        charge: {
          price: { amountMinor: 6000, currency: "USD" },
          paidBy: "self",
          packageId: null,
          receiptNote: null,
        },
      },
    });
    const packageId = "6f1f3a4e-3c9b-4b53-9d1e-2f0a6b2c8d30";
    const fromPackage = {
      ...saved,
      charge: {
        price: { amountMinor: 8000, currency: "USD" },
        paidBy: "package" as const,
        packageId,
        receiptNote: "Card 3",
      },
    };
    const draft = { ...sessionDraftOf(fromPackage, zone), priceText: "75" };
    expect(sessionChangesOf(draft, fromPackage, zone)).toEqual({
      changes: {
        charge: {
          price: { amountMinor: 7500, currency: "USD" },
          paidBy: "package",
          packageId,
          receiptNote: "Card 3",
        },
      },
    });
    expect(
      sessionChangesOf({ ...draft, priceText: "80", paidBy: "self" }, fromPackage, zone),
    ).toMatchObject({ changes: { charge: { paidBy: "self", packageId: null } } });
  });

  it("sends techniques typed with commas only when the list changed", () => {
    const draft = sessionDraftOf(saved, zone);
    expect(draft.techniquesText).toBe("effleurage");
    expect(sessionChangesOf({ ...draft, techniquesText: " effleurage ,, " }, saved, zone)).toEqual({
      unchanged: true,
    });
    expect(
      sessionChangesOf({ ...draft, techniquesText: "effleurage, trigger points" }, saved, zone),
    ).toEqual({ changes: { techniques: ["effleurage", "trigger points"] } });
    expect(sessionChangesOf({ ...draft, techniquesText: "" }, saved, zone)).toEqual({
      changes: { techniques: [] },
    });
    expect(
      sessionChangesOf({ ...draft, techniquesText: "x".repeat(61) }, saved, zone),
    ).toMatchObject({ problems: [{ path: "techniques" }] });
  });

  it("sends the pain by area when a score changed; areas left without scores are not sent", () => {
    const withAreas = {
      ...saved,
      regionPain: [{ regionId: "left-sole", before: 7, after: 4 }],
    };
    const draft = sessionDraftOf(withAreas, zone);
    expect(draft.regionPain).toEqual([{ regionId: "left-sole", before: 7, after: 4 }]);
    const blankArea = { regionId: "right-sole", before: null, after: null };
    expect(
      sessionChangesOf({ ...draft, regionPain: [...draft.regionPain, blankArea] }, withAreas, zone),
    ).toEqual({ unchanged: true });
    expect(
      sessionChangesOf(
        { ...draft, regionPain: [{ regionId: "left-sole", before: 7, after: 2 }] },
        withAreas,
        zone,
      ),
    ).toEqual({ changes: { regionPain: [{ regionId: "left-sole", before: 7, after: 2 }] } });
    expect(sessionChangesOf({ ...draft, regionPain: [blankArea] }, withAreas, zone)).toEqual({
      changes: { regionPain: null },
    });
    const first = sessionDraftOf(saved, zone);
    expect(
      sessionChangesOf(
        { ...first, regionPain: [{ regionId: "left-sole", before: null, after: 2 }] },
        saved,
        zone,
      ),
    ).toEqual({ changes: { regionPain: [{ regionId: "left-sole", before: null, after: 2 }] } });
  });

  it("sends a new start as an instant from the person's clock, and a new length", () => {
    const draft = {
      ...sessionDraftOf(saved, zone),
      start: { wallTime: "2026-03-28T11:30", occurrence: null },
      durationText: "45",
    };
    expect(sessionChangesOf(draft, saved, zone)).toEqual({
      changes: { startedAt: "2026-03-28T10:30:00.000Z", durationMinutes: 45 },
    });
  });

  it("treats a start saved with seconds as unchanged when its minute is", () => {
    const withSeconds = { ...saved, startedAt: "2026-03-28T09:00:42.000Z" };
    expect(sessionChangesOf(sessionDraftOf(withSeconds, zone), withSeconds, zone)).toEqual({
      unchanged: true,
    });
  });

  it("compares lists by their items: areas and side effects", () => {
    const draft = {
      ...sessionDraftOf(saved, zone),
      areas: ["left-sole", "right-sole"],
      sideEffects: ["soreness" as const],
      sideEffectNote: "a little",
    };
    expect(sessionChangesOf(draft, saved, zone)).toEqual({
      changes: {
        areas: ["left-sole", "right-sole"],
        sideEffects: ["soreness"],
        sideEffectNote: "a little",
      },
    });
  });

  it("changing a library therapy clears any custom name, as the API wants one of the two", () => {
    const unplanned = { ...saved, planItemId: null, occurrenceStart: null };
    const draft = { ...sessionDraftOf(unplanned, zone), therapyId: "acupuncture" };
    expect(sessionChangesOf(draft, unplanned, zone)).toEqual({
      changes: { therapyId: "acupuncture", customName: null },
    });
  });

  it("keeps a custom-named session's name without asking for a library therapy", () => {
    const custom = {
      ...saved,
      planItemId: null,
      occurrenceStart: null,
      therapyId: null,
      customName: "Hot stones",
      title: "Hot stones",
    };
    const draft = { ...sessionDraftOf(custom, zone), howItFelt: "Warm" };
    expect(sessionChangesOf(draft, custom, zone)).toEqual({ changes: { howItFelt: "Warm" } });
    const library = { ...saved, planItemId: null, occurrenceStart: null };
    expect(
      sessionChangesOf({ ...sessionDraftOf(library, zone), therapyId: "" }, library, zone),
    ).toEqual({ problems: [{ path: "therapyId", message: "Choose the therapy." }] });
  });

  it("keeps the problems next to their fields: a bad length, a time that does not exist", () => {
    const draft = {
      ...sessionDraftOf(saved, zone),
      start: { wallTime: "", occurrence: null },
      durationText: "1h",
    };
    const result = sessionChangesOf(draft, saved, zone);
    expect(result).toEqual({
      problems: [
        { path: "startedAt", message: "Enter a date and a time." },
        { path: "durationMinutes", message: "Enter the length in whole minutes, 1 to 480." },
      ],
    });
    expect("problems" in result && draftProblem(result.problems)).toEqual({
      summary: undefined,
      fields: {
        startedAt: "Enter a date and a time.",
        durationMinutes: "Enter the length in whole minutes, 1 to 480.",
      },
    });
  });
});

describe("the history's navigation state", () => {
  it("carries a notice or the just-logged id, and ignores anything else", () => {
    expect(sessionHistoryStateOf(sessionHistoryState("Your changes are saved."))).toEqual({
      notice: "Your changes are saved.",
    });
    expect(sessionHistoryStateOf({ loggedSessionId: "abc" })).toEqual({ loggedSessionId: "abc" });
    expect(sessionHistoryStateOf({ notice: 3 })).toEqual({});
    expect(sessionHistoryStateOf(null)).toEqual({});
    expect(sessionHistoryStateOf("saved")).toEqual({});
  });
});
