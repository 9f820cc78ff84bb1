import { accountsEndpoints } from "./accounts/accounts.contract.js";
import type { Endpoint } from "./api/endpoint.js";
import { diaryEndpoints } from "./diary/diary.contract.js";
import { directoryEndpoints } from "./directory/directory.contract.js";
import { practiceEndpoints } from "./practice/practice.contract.js";
import { planEndpoints } from "./plan/plan.contract.js";
import { profileEndpoints } from "./profile/profile.contract.js";
import { questionnairesEndpoints } from "./questionnaires/questionnaires.contract.js";
import { remindersEndpoints } from "./reminders/reminders.contract.js";
import { safetyEndpoints } from "./safety/safety.contract.js";
import { systemEndpoints } from "./system/system.contract.js";
import { therapiesEndpoints } from "./therapies/therapies.contract.js";

/**
 * Every HTTP operation of PainPlan, assembled from the areas: each area keeps its operations in
 * `<area>/<area>.contract.ts`. Nothing in an area imports this file.
 */
export const endpoints = {
  ...systemEndpoints,
  ...accountsEndpoints,
  ...profileEndpoints,
  ...diaryEndpoints,
  ...questionnairesEndpoints,
  ...safetyEndpoints,
  ...therapiesEndpoints,
  ...practiceEndpoints,
  ...remindersEndpoints,
  ...planEndpoints,
  ...directoryEndpoints,
} as const satisfies Record<string, Endpoint>;

export type Endpoints = typeof endpoints;
export type EndpointName = keyof Endpoints;
