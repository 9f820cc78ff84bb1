import {
  checkSafetyIntake,
  createPainEntryRequestSchema,
  createPlanItemRequestSchema,
  createPlanRequestSchema,
  createGoalRequestSchema,
  instrumentCatalog,
  localMomentOf,
  logPracticeRequestSchema,
  painProfileRequestSchema,
  saveSafetyIntakeRequestSchema,
  scoreResponse,
  submitQuestionnaireResponseRequestSchema,
} from "@painplan/core";
import { describe, expect, it } from "vitest";
import { demoData } from "./demo-data.js";

const options = { seed: 20261129, today: "2026-11-29", timeZone: "Europe/London" };
const data = demoData(options);

describe("the demo patient's made-up six months", () => {
  it("covers 180 days, oldest first, ending today", () => {
    expect(data.days).toHaveLength(180);
    expect(data.days.at(-1)?.date).toBe("2026-11-29");
    expect(data.days[0]?.date).toBe("2026-06-03");
    const dates = data.days.map((day) => day.date);
    expect([...dates].sort()).toEqual(dates);
  });

  it("is the same for the same seed and different for another", () => {
    expect(demoData(options)).toEqual(data);
    expect(demoData({ ...options, seed: 7 }).days).not.toEqual(data.days);
  });

  it("sends only entries the API accepts, each on its own day and before it is sent", () => {
    const keys = new Set<string>();
    for (const day of data.days) {
      for (const entry of day.entries) {
        const parsed = createPainEntryRequestSchema.safeParse(entry);
        expect(parsed.error?.issues ?? [], day.date).toEqual([]);
        expect(localMomentOf(entry.recordedAt ?? "", options.timeZone).localDate).toBe(day.date);
        expect(Date.parse(entry.recordedAt ?? "")).toBeLessThan(Date.parse(day.sendAt));
        keys.add(entry.idempotencyKey);
      }
    }
    const entryCount = data.days.reduce((sum, day) => sum + day.entries.length, 0);
    expect(keys.size).toBe(entryCount);
    expect(entryCount).toBeGreaterThan(150);
  });

  it("has good and bad weeks, and rest days without entries", () => {
    const weekly = [];
    for (let start = 0; start < 180; start += 7) {
      const scores = data.days
        .slice(start, start + 7)
        .flatMap((day) => day.entries.map((entry) => entry.intensityNow));
      weekly.push(scores.reduce((a, b) => a + b, 0) / Math.max(1, scores.length));
    }
    expect(Math.max(...weekly)).toBeGreaterThanOrEqual(6);
    expect(Math.min(...weekly)).toBeLessThanOrEqual(4.5);
    expect(data.days.filter((day) => day.entries.length === 0).length).toBeGreaterThan(5);
  });

  it("answers questionnaires validly: a PEG every week, mood screens every four weeks", () => {
    const all = data.days.flatMap((day) => day.questionnaires);
    for (const response of all) {
      expect(submitQuestionnaireResponseRequestSchema.safeParse(response).success).toBe(true);
      const outcome = scoreResponse(instrumentCatalog[response.instrumentId], response.answers);
      expect(outcome.outcome, response.instrumentId).not.toBe("invalid");
    }
    expect(all.filter((response) => response.instrumentId === "peg")).toHaveLength(26);
    expect(all.filter((response) => response.instrumentId === "phq-2").length).toBeGreaterThan(5);
  });

  it("has a valid pain profile with a body map and a finished safety intake", () => {
    expect(painProfileRequestSchema.safeParse(data.profile).error?.issues ?? []).toEqual([]);
    expect(data.profile.regions.length).toBeGreaterThan(0);
    const intake = saveSafetyIntakeRequestSchema.parse(data.safetyIntake);
    expect(checkSafetyIntake(intake, new Date("2026-11-29T12:00:00Z"))).toEqual([]);
    expect(data.days[0]?.entries[0]?.notes).toContain("Made-up demo data");
  });

  it("has a valid plan made twelve weeks ago, and practices that start small and grow", () => {
    expect(data.plan.day).toBe(data.days[180 - 84]?.date);
    expect(createPlanRequestSchema.safeParse(data.plan.plan).error?.issues ?? []).toEqual([]);
    for (const item of data.plan.items) {
      const parsed = createPlanItemRequestSchema.safeParse({ ...item, expectedVersion: 1 });
      expect(parsed.error?.issues ?? []).toEqual([]);
    }
    for (const goal of data.plan.goals) {
      expect(createGoalRequestSchema.safeParse(goal).success).toBe(true);
    }
    const practices = data.days.flatMap((day) =>
      day.practices.map((practice) => ({ day: day.date, practice })),
    );
    expect(practices.length).toBeGreaterThan(60);
    for (const { day, practice } of practices) {
      expect(logPracticeRequestSchema.safeParse(practice).error?.issues ?? []).toEqual([]);
      expect(localMomentOf(practice.endedAt, options.timeZone).localDate).toBe(day);
    }
    const minutes = practices.map(({ practice }) => practice.secondsDone / 60);
    expect(minutes[0]).toBeLessThanOrEqual(3);
    expect(Math.max(...minutes)).toBeGreaterThan(3);
  });
});
