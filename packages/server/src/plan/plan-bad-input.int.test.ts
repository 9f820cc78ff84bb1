import { describe, expect, it } from "vitest";
import { useTestApp } from "../testing/test-app.js";
import { errorOf, itemsUrl, planRowCounts, usePlanOwner } from "./testing/plan-requests.js";
import { createPlan, dailyAtTen } from "./testing/plans.js";

const testApp = useTestApp();
const person = usePlanOwner(testApp);

describe("bad input → 4xx with field errors, nothing written", () => {
  const cases: [string, Record<string, unknown>, number, string][] = [
    [
      "invalid RRULE",
      { schedule: { ...dailyAtTen, cadence: { kind: "rrule", rrule: "FREQ=SOMETIMES" } } },
      400,
      "schedule.cadence.rrule",
    ],
    [
      "end before start",
      { schedule: { ...dailyAtTen, end: { kind: "until", date: "2026-02-01" } } },
      400,
      "schedule.end.date",
    ],
    [
      "too many occurrences",
      {
        // Daily until 2045: about 6,900 sessions, over the 5,000 of planLimits.
        schedule: { ...dailyAtTen, end: { kind: "until", date: "2045-01-01" } },
      },
      400,
      "schedule.end",
    ],
    [
      "duration 0",
      { schedule: { ...dailyAtTen, durationMinutes: 0 } },
      400,
      "schedule.durationMinutes",
    ],
    [
      "duration 8 h 1 min",
      { schedule: { ...dailyAtTen, durationMinutes: 481 } },
      400,
      "schedule.durationMinutes",
    ],
    ["unknown therapy", { therapyId: "reiki-by-post" }, 400, "therapyId"],
    ["both therapy and custom name", { customName: "Walk" }, 400, "therapyId"],
    ["unknown body area", { focusRegionIds: ["third-arm"] }, 400, "focusRegionIds.0"],
  ];
  for (const [title, change, status, path] of cases) {
    it(title, async () => {
      const plan = await createPlan(person);
      const before = await planRowCounts(testApp, person.user.id);
      const response = await person.client.post(itemsUrl(person, plan), {
        expectedVersion: plan.version,
        therapyId: "body-scan",
        schedule: dailyAtTen,
        ...change,
      });
      expect(response.statusCode, response.body).toBe(status);
      const paths = errorOf(response.json()).details?.fields?.map((field) => field.path) ?? [];
      expect(
        paths.some((known) => known.startsWith(path)),
        paths.join(", "),
      ).toBe(true);
      expect(await planRowCounts(testApp, person.user.id)).toEqual(before);
    });
  }

  it("a calendar window over 400 days", async () => {
    const response = await person.client.get(
      `/api/users/${person.user.id}/plan/calendar?from=2026-01-01&to=2027-03-01`,
    );
    expect(response.statusCode).toBe(400);
    expect(errorOf(response.json()).details?.fields?.map((field) => field.path)).toContain("to");
  });
});
