import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { painScoreRecallPeriods } from "../pain-scores/pain-score-fields.js";
import { diaryExportFormat, type PainEntry } from "./diary.schema.js";
import { diaryJsonPieces, type DiaryExportHead } from "./diary-json.js";

const head: DiaryExportHead = {
  format: diaryExportFormat,
  exportedAt: "2026-03-29T00:30:00.000Z",
  timeZone: "Europe/Paris",
  recallPeriods: painScoreRecallPeriods,
};

function anEntry(index: number, notes: string): PainEntry {
  return {
    id: `0f8fad5b-d9cb-469f-a165-${String(index).padStart(12, "0")}`,
    recordedAt: "2026-03-01T07:30:00.000Z",
    timeZone: "Europe/Paris",
    localDate: "2026-03-01",
    localTime: "08:30",
    intensityNow: index % 11,
    averageIntensity: null,
    worstIntensity: null,
    sleepInterference: 3,
    mood: null,
    regions: [{ regionId: "right-sole", intensity: 4, qualities: ["burning"] }],
    activityNote: "",
    triggers: ["cold"],
    helpers: [],
    notes,
    origin: "entry",
    createdAt: "2026-03-01T07:30:00.000Z",
    updatedAt: "2026-03-01T07:30:00.000Z",
  };
}

function joined(entries: PainEntry[]): string {
  const pieces = diaryJsonPieces(head);
  return (
    pieces.opening +
    entries.map((entry, index) => pieces.entry(entry, index)).join("") +
    pieces.closing(entries.length)
  );
}

describe("the JSON export in pieces", () => {
  it("joins to JSON.stringify of the whole document, for none, one or many entries", () => {
    fc.assert(
      fc.property(fc.array(fc.string(), { maxLength: 5 }), (notes) => {
        const entries = notes.map((text, index) => anEntry(index, text));
        expect(joined(entries)).toBe(JSON.stringify({ ...head, entries }, null, 2));
      }),
    );
  });
});
