import { endpoints } from "@painplan/core";
import type { LoadTarget } from "./load.js";
import type { BenchPatient } from "./painplan-user.js";

/** What a PainPlan target loads: prepared once per server (data seeded, URL built). */
export type Scenario = {
  name: string;
  request: string;
  /** The reference target (by name) whose req/s this scenario is also read against. */
  reference?: string;
  prepare(baseUrl: string, patient: BenchPatient): Promise<LoadTarget>;
};

/** An authenticated read: session lookup, user lookup, response validation, headers. */
export const readMe: Scenario = {
  name: "who am I",
  request: `GET ${endpoints.getMe.path}`,
  prepare: (baseUrl, patient) =>
    Promise.resolve({
      url: new URL(endpoints.getMe.path, baseUrl).toString(),
      headers: { cookie: patient.cookie },
    }),
};
