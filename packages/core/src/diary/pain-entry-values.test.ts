import { describe, expect, it } from "vitest";
import {
  applyPainEntryUpdate,
  minimalPainEntryValues,
  painEntryChanges,
  quickLogValues,
  stableDayValues,
  type PainEntryValues,
} from "./pain-entry-values.js";

const last: PainEntryValues = {
  ...minimalPainEntryValues(6, "2026-03-28T08:00:00.000Z"),
  averageIntensity: 5,
  sleepInterference: 4,
  mood: 6,
  regions: [{ regionId: "left-sole", intensity: 7, qualities: ["burning"] }],
  activityNote: "short walk",
  triggers: ["cold"],
  helpers: ["warm bath"],
  notes: "bad night",
};
const now = "2026-03-29T08:00:00.000Z";

describe("quick log", () => {
  it("takes the new intensity and copies only the last entry's regions", () => {
    expect(quickLogValues(3, now, last)).toEqual({
      ...minimalPainEntryValues(3, now),
      regions: last.regions,
    });
  });

  it("has no regions when there is no earlier entry", () => {
    expect(quickLogValues(3, now, undefined).regions).toEqual([]);
  });

  it("copies regions, not references to them", () => {
    const logged = quickLogValues(3, now, last);
    logged.regions[0]?.qualities.push("tingling");
    expect(last.regions[0]?.qualities).toEqual(["burning"]);
  });
});

describe("stable day", () => {
  it("repeats every score and region at the new time, without notes or tags", () => {
    expect(stableDayValues(last, now)).toEqual({
      ...last,
      recordedAt: now,
      activityNote: "",
      triggers: [],
      helpers: [],
      notes: "",
    });
  });
});

describe("edits and their history", () => {
  it("replaces the fields sent, clears with null, keeps the rest", () => {
    const edited = applyPainEntryUpdate(last, { intensityNow: 2, mood: null });
    expect(edited).toEqual({ ...last, intensityNow: 2, mood: null });
  });

  it("lists each changed field with its value before and after", () => {
    const edited = applyPainEntryUpdate(last, {
      intensityNow: 2,
      averageIntensity: 5,
      regions: [{ regionId: "left-sole", intensity: 7, qualities: ["burning", "tingling"] }],
    });
    expect(painEntryChanges(last, edited)).toEqual([
      { field: "intensityNow", before: 6, after: 2 },
      {
        field: "regions",
        before: last.regions,
        after: [{ regionId: "left-sole", intensity: 7, qualities: ["burning", "tingling"] }],
      },
    ]);
    expect(painEntryChanges(last, last)).toEqual([]);
  });
});
