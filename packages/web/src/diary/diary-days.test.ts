import type { PainEntry } from "@painplan/core";
import { describe, expect, test } from "vitest";
import { groupByLocalDay } from "./diary-days";

const entryOn = (localDate: string, id: string) => ({ id, localDate }) as PainEntry;

describe("diary days", () => {
  test("entries are grouped by their local day, keeping newest first", () => {
    const days = groupByLocalDay([
      entryOn("2026-03-02", "c"),
      entryOn("2026-03-02", "b"),
      entryOn("2026-03-01", "a"),
    ]);
    expect(days.map((day) => [day.localDate, day.entries.map((entry) => entry.id)])).toEqual([
      ["2026-03-02", ["c", "b"]],
      ["2026-03-01", ["a"]],
    ]);
  });
});
