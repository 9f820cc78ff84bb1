import type { TherapySummary } from "@painplan/core";
import { describe, expect, test } from "vitest";
import { blankItem, chooseTherapy, itemRequestOf, scheduleOf } from "./item-draft";

const swedish = {
  id: "swedish-massage",
  kind: "massage",
  name: "Swedish massage",
  summary: "",
  typicalMinutes: { min: 30, max: 90 },
  typicalFrequency: { basis: "every-weeks", min: 1, max: 2, label: "every 1–2 weeks" },
  deliveryMode: "practitioner",
  evidenceCertainty: "low",
} as const satisfies TherapySummary;

describe("plan item draft", () => {
  test("choosing massage fills 60 min, every 2 weeks, light pressure", () => {
    const draft = chooseTherapy(blankItem("2026-03-03"), "swedish-massage", [swedish]);
    expect(draft.minutes).toBe("60");
    expect(draft.pressure).toBe("light");
    expect(scheduleOf(draft)).toEqual({
      cadence: { kind: "weekly", interval: 2, days: ["TU"] },
      startDate: "2026-03-03",
      timeOfDay: "10:00",
      durationMinutes: 60,
      end: { kind: "never" },
    });
  });

  test("no schedule until the first session is readable; bad numbers go to core as NaN", () => {
    expect(scheduleOf({ ...blankItem("2026-03-03"), firstSession: "" })).toBeUndefined();
    const schedule = scheduleOf({ ...blankItem("2026-03-03"), minutes: "1.5" });
    expect(schedule?.durationMinutes).toBeNaN();
  });

  test("a custom item sends its name; a clearance only when someone is named", () => {
    const draft = { ...blankItem("2026-03-03"), therapyId: "custom", customName: "Sauna" };
    const schedule = scheduleOf(draft);
    if (schedule === undefined) throw new Error("schedule expected");
    const plain = itemRequestOf(draft, schedule, "2026-03-02");
    expect(plain).toMatchObject({ therapyId: null, customName: "Sauna", clearance: null });
    const cleared = itemRequestOf({ ...draft, clearedBy: " Dr Lee " }, schedule, "2026-03-02");
    expect(cleared.clearance).toEqual({ clearedBy: "Dr Lee", clearedOn: "2026-03-02" });
  });
});
