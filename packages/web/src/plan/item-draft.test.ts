import type { PlanItem, TherapySummary } from "@painplan/core";
import { describe, expect, test } from "vitest";
import {
  blankItem,
  chooseTherapy,
  clearedOnFor,
  draftFromItem,
  itemRequestOf,
  scheduleOf,
} from "./item-draft";

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

  test("a saved item comes back as the same request, with its clearance day kept", () => {
    const item: PlanItem = {
      id: "1d5b3f4e-0000-4000-8000-000000000001",
      planId: "1d5b3f4e-0000-4000-8000-000000000002",
      therapyId: "swedish-massage",
      customName: null,
      title: "Swedish massage",
      practitioner: "Sam",
      schedule: {
        cadence: { kind: "weekly", interval: 2, days: ["TU"] },
        startDate: "2026-03-03",
        timeOfDay: "10:00",
        durationMinutes: 60,
        end: { kind: "count", count: 6 },
      },
      pressure: "light",
      focusRegionIds: ["left-sole"],
      avoidRegionIds: [],
      notes: "",
      safety: { level: "ok", instructions: [] },
      clearance: { clearedBy: "Dr Lee", clearedOn: "2026-02-01" },
      createdAt: "2026-02-01T10:00:00Z",
      updatedAt: "2026-02-01T10:00:00Z",
    };
    const draft = draftFromItem(item);
    const schedule = scheduleOf(draft);
    expect(schedule).toEqual(item.schedule);
    if (schedule === undefined) throw new Error("schedule expected");
    const request = itemRequestOf(draft, schedule, clearedOnFor(draft, item, "2026-03-10"));
    expect(request).toMatchObject({
      therapyId: "swedish-massage",
      practitioner: "Sam",
      focusRegionIds: ["left-sole"],
      clearance: { clearedBy: "Dr Lee", clearedOn: "2026-02-01" },
    });
    expect(clearedOnFor({ ...draft, clearedBy: "Dr Kim" }, item, "2026-03-10")).toBe("2026-03-10");
  });
});
