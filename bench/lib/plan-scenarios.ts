import {
  endpoints,
  endpointUrl,
  type CreatePlanItemRequest,
  type ItemSchedule,
  type Plan,
  type PlanCalendar,
} from "@painplan/core";
import type { BenchPatient } from "./painplan-user.js";
import type { Scenario } from "./scenarios.js";

function writeHeaders(patient: BenchPatient): Record<string, string> {
  return {
    cookie: patient.cookie,
    "x-csrf-token": patient.csrfToken,
    "content-type": "application/json",
  };
}

async function send<T>(url: URL, patient: BenchPatient, method: string, body: unknown) {
  const response = await fetch(url, {
    method,
    headers: writeHeaders(patient),
    body: JSON.stringify(body),
  });
  if (response.status >= 300) {
    throw new Error(
      `${method} ${url.pathname} answered ${response.status}: ${await response.text()}`,
    );
  }
  return (await response.json()) as T;
}

const start = "2026-01-05";
const never = { kind: "never" } as const;

/**
 * Six active items of a realistic plan (issue 11): a daily body scan, yoga twice a week, Swedish
 * massage every two weeks, monthly acupuncture, a custom RRULE (Mon/Wed/Fri walks) and medication
 * every day, all without an end.
 */
const sixItems: { therapyId: CreatePlanItemRequest["therapyId"]; schedule: ItemSchedule }[] = [
  {
    therapyId: "body-scan",
    schedule: {
      cadence: { kind: "daily", interval: 1 },
      startDate: start,
      timeOfDay: "07:30",
      durationMinutes: 5,
      end: never,
    },
  },
  {
    therapyId: "yoga-cat-cow",
    schedule: {
      cadence: { kind: "weekly", interval: 1, days: ["TU", "TH"] },
      startDate: start,
      timeOfDay: "18:00",
      durationMinutes: 30,
      end: never,
    },
  },
  {
    therapyId: "swedish-massage",
    schedule: {
      cadence: { kind: "weekly", interval: 2, days: ["TU"] },
      startDate: start,
      timeOfDay: "10:00",
      durationMinutes: 60,
      end: never,
    },
  },
  {
    therapyId: "traditional-acupuncture",
    schedule: {
      cadence: { kind: "monthly", interval: 1 },
      startDate: start,
      timeOfDay: "15:00",
      durationMinutes: 45,
      end: never,
    },
  },
  {
    therapyId: "exercise",
    schedule: {
      cadence: { kind: "rrule", rrule: "FREQ=WEEKLY;BYDAY=MO,WE,FR" },
      startDate: start,
      timeOfDay: "12:00",
      durationMinutes: 20,
      end: never,
    },
  },
  {
    therapyId: "medication",
    schedule: {
      cadence: { kind: "daily", interval: 1 },
      startDate: start,
      timeOfDay: "21:00",
      durationMinutes: 1,
      end: never,
    },
  },
];

/** The plan calendar for one year with six active items: every occurrence expanded per request. */
export const planCalendarYear: Scenario = {
  name: "plan calendar 1 year",
  request: `GET ${endpoints.getPlanCalendar.path}?from=2026-01-01&to=2026-12-31`,
  async prepare(baseUrl, patient) {
    const plansPath = endpointUrl(endpoints.createPlan.path, { userId: patient.userId });
    let plan = await send<Plan>(new URL(plansPath, baseUrl), patient, "POST", {
      title: "Bench plan",
      startDate: start,
    });
    for (const item of sixItems) {
      const itemsPath = endpointUrl(endpoints.createPlanItem.path, {
        userId: patient.userId,
        planId: plan.id,
      });
      plan = await send<Plan>(new URL(itemsPath, baseUrl), patient, "POST", {
        expectedVersion: plan.version,
        ...item,
      });
    }
    const path = endpointUrl(endpoints.getPlanCalendar.path, { userId: patient.userId });
    const url = new URL(path, baseUrl);
    url.search = new URLSearchParams({ from: "2026-01-01", to: "2026-12-31" }).toString();
    const check = await fetch(url, { headers: { cookie: patient.cookie } });
    const calendar = (await check.json()) as PlanCalendar;
    if (check.status !== 200 || calendar.occurrences.length < 900) {
      throw new Error(
        `The year calendar answered ${check.status} with ${String(calendar.occurrences.length)} occurrences.`,
      );
    }
    return { url: url.toString(), headers: { cookie: patient.cookie } };
  },
};
