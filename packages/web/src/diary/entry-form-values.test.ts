import { createPainEntryRequestSchema, type PainEntry } from "@painplan/core";
import { describe, expect, test } from "vitest";
import {
  entryFieldsFrom,
  entryFormValuesSchema,
  entryProblems,
  entryUpdateFrom,
  entryValuesFrom,
  newEntryValues,
  wallTimeOccurrencePath,
  withAreaNumbers,
} from "./entry-form-values";

function anEntry(overrides: Partial<PainEntry> = {}): PainEntry {
  return {
    id: "5f4c1d5e-8a43-4c39-9d4c-3a8c0b6f2a11",
    recordedAt: "2026-03-01T07:30:12.000Z",
    timeZone: "Europe/Paris",
    localDate: "2026-03-01",
    localTime: "08:30",
    intensityNow: 6,
    averageIntensity: 5,
    worstIntensity: null,
    sleepInterference: null,
    mood: 4,
    regions: [{ regionId: "left-sole", intensity: 6, qualities: ["burning"] }],
    activityNote: "Walked 20 minutes",
    triggers: ["cold weather"],
    helpers: [],
    notes: "",
    origin: "entry",
    createdAt: "2026-03-01T07:31:00.000Z",
    updatedAt: "2026-03-01T07:31:00.000Z",
    ...overrides,
  };
}

describe("pain entry form values", () => {
  test("a new entry starts now, on the person's clock, with last time's regions", () => {
    const values = newEntryValues("2026-03-02T18:05:00.000Z", "Europe/Paris", anEntry());
    expect(values.wallTime).toBe("2026-03-02T19:05");
    expect(values.intensityNow).toBeNull();
    expect(values.regions.map((region) => region.regionId)).toEqual(["left-sole"]);
  });

  test("missing pain-now and an unrated region are both explained", () => {
    const values = newEntryValues("2026-03-02T18:05:00.000Z", "Europe/Paris", undefined);
    values.regions = [{ regionId: "face", intensity: null, qualities: [] }];
    expect(entryProblems(values, "Europe/Paris").map((problem) => problem.path)).toEqual([
      "intensityNow",
      "regions.0.intensity",
    ]);
  });

  test("a complete form makes a body the contract accepts", () => {
    const values = { ...newEntryValues("2026-03-02T18:05:00.000Z", "Europe/Paris", undefined) };
    values.intensityNow = 4;
    values.sleepInterference = 7;
    const body = {
      idempotencyKey: crypto.randomUUID(),
      ...entryFieldsFrom(values, "Europe/Paris"),
    };
    expect(body.recordedAt).toBe("2026-03-02T18:05:00.000Z");
    expect(createPainEntryRequestSchema.safeParse(body).success).toBe(true);
  });

  test("an edit sends only what changed, never the unchanged time rounded to the minute", () => {
    const entry = anEntry();
    const values = entryValuesFrom(entry);
    expect(entryUpdateFrom(values, entry)).toBeUndefined();
    values.intensityNow = 3;
    values.averageIntensity = null;
    expect(entryUpdateFrom(values, entry)).toEqual({ intensityNow: 3, averageIntensity: null });
  });

  test("a time the clocks skipped is saved the gap later, the same day (New York, 8 March)", () => {
    const values = newEntryValues("2026-03-08T12:00:00.000Z", "America/New_York", undefined);
    values.intensityNow = 5;
    values.wallTime = "2026-03-08T02:30";
    expect(entryProblems(values, "America/New_York")).toEqual([]);
    expect(entryFieldsFrom(values, "America/New_York").recordedAt).toBe("2026-03-08T07:30:00.000Z");
  });

  test("a time typed without a colon is read on the 24-hour clock; a half-typed one is asked for", () => {
    const values = newEntryValues("2026-03-10T12:00:00.000Z", "Europe/London", undefined);
    values.intensityNow = 5;
    values.wallTime = "2026-03-10T1430";
    expect(entryProblems(values, "Europe/London")).toEqual([]);
    expect(entryFieldsFrom(values, "Europe/London").recordedAt).toBe("2026-03-10T14:30:00.000Z");
    values.wallTime = "2026-03-10T02:0";
    expect(entryProblems(values, "Europe/London")).toEqual([
      { path: "recordedAt", message: "Enter a date and a time on the 24-hour clock, like 14:30." },
    ]);
  });

  test("notes over their limit are stopped before saving, with how much to cut", () => {
    const values = newEntryValues("2026-03-10T12:00:00.000Z", "Europe/London", undefined);
    values.intensityNow = 5;
    values.notes = "x".repeat(2003);
    values.activityNote = "y".repeat(500);
    expect(entryProblems(values, "Europe/London")).toEqual([
      {
        path: "notes",
        message: "The note is 3 characters too long: shorten it to 2,000 or fewer.",
      },
    ]);
  });

  test("a time that happened twice is saved only once the person says which", () => {
    const values = newEntryValues("2026-11-01T12:00:00.000Z", "America/New_York", undefined);
    values.intensityNow = 5;
    values.wallTime = "2026-11-01T01:30";
    expect(entryProblems(values, "America/New_York")).toEqual([
      {
        path: wallTimeOccurrencePath,
        message: "Choose which 01:30 you mean: it happened twice that night.",
      },
    ]);
    values.wallTimeOccurrence = "later";
    expect(entryProblems(values, "America/New_York")).toEqual([]);
    expect(entryFieldsFrom(values, "America/New_York").recordedAt).toBe("2026-11-01T06:30:00.000Z");
  });

  test("an entry from the second 01:30 opens as the second one, and stays there unchanged", () => {
    const entry = anEntry({
      recordedAt: "2026-11-01T06:30:00.000Z",
      timeZone: "America/New_York",
      localDate: "2026-11-01",
      localTime: "01:30",
    });
    const values = entryValuesFrom(entry);
    expect(values.wallTimeOccurrence).toBe("later");
    expect(entryUpdateFrom(values, entry)).toBeUndefined();
    values.wallTimeOccurrence = "earlier";
    expect(entryUpdateFrom(values, entry)).toEqual({ recordedAt: "2026-11-01T05:30:00.000Z" });
  });

  test("a draft saved before the choice existed still opens", () => {
    const stored = { ...entryValuesFrom(anEntry()) } as Record<string, unknown>;
    delete stored["wallTimeOccurrence"];
    expect(entryFormValuesSchema.parse(stored).wallTimeOccurrence).toBeNull();
  });

  test("pain 5, then Both feet: the feet take the 5, so the entry saves in one go", () => {
    const start = newEntryValues("2026-03-02T18:05:00.000Z", "Europe/Paris", undefined);
    const rated = withAreaNumbers(start, { ...start, intensityNow: 5 });
    const feet = ["left-sole", "right-sole", "left-heel", "right-heel"].map((regionId) => ({
      regionId,
      intensity: null,
      qualities: [],
    }));
    const withFeet = withAreaNumbers(rated, { ...rated, regions: feet });
    expect(withFeet.regions.map((mark) => mark.intensity)).toEqual([5, 5, 5, 5]);
    expect(entryProblems(withFeet, "Europe/Paris")).toEqual([]);
  });

  test("areas chosen first take the number when it is chosen; an area's own number is kept", () => {
    const start = newEntryValues("2026-03-02T18:05:00.000Z", "Europe/Paris", undefined);
    const regions = [
      { regionId: "left-sole", intensity: null, qualities: [] },
      { regionId: "right-sole", intensity: 2, qualities: [] },
    ];
    const chosen = withAreaNumbers(start, { ...start, regions });
    expect(chosen.regions.map((mark) => mark.intensity)).toEqual([null, 2]);
    const rated = withAreaNumbers(chosen, { ...chosen, intensityNow: 7 });
    expect(rated.regions.map((mark) => mark.intensity)).toEqual([7, 2]);
  });
});
