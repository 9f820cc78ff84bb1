import { describe, expect, test } from "vitest";
import { changeLines, describeValue } from "./entry-history-text";

const formatInstant = (instant: string) => `at ${instant.slice(11, 16)}`;

describe("entry history in words", () => {
  test("scores, regions, tags and empty values read as plain words", () => {
    expect(describeValue(6, formatInstant)).toBe("6 out of 10");
    expect(describeValue(null, formatInstant)).toBe("nothing");
    expect(describeValue([], formatInstant)).toBe("nothing");
    expect(describeValue(["cold weather", "stress"], formatInstant)).toBe("cold weather, stress");
    expect(
      describeValue([{ regionId: "left-sole", intensity: 6, qualities: [] }], formatInstant),
    ).toBe("Left sole of foot 6");
    expect(describeValue("2026-03-01T07:30:00.000Z", formatInstant)).toBe("at 07:30");
  });

  test("one line per changed field, before and after", () => {
    const lines = changeLines(
      {
        at: "2026-03-01T09:00:00.000Z",
        actorId: "5f4c1d5e-8a43-4c39-9d4c-3a8c0b6f2a11",
        action: "updated",
        changes: [
          {
            field: "intensityNow",
            before: 6,
            after: 3,
          },
          { field: "notes", before: "", after: "Better after rest" },
        ],
      },
      formatInstant,
    );
    expect(lines).toEqual([
      "Pain right now: 6 out of 10 → 3 out of 10",
      "Notes: nothing → “Better after rest”",
    ]);
  });
});
