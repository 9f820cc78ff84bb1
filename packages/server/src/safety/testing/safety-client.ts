import type { LightMyRequestResponse } from "fastify";
import type { SaveSafetyIntakeRequest } from "@painplan/core";
import type { SignedInClient } from "../../testing/accounts.js";
import type { TestApp } from "../../testing/test-app.js";

/** The safety endpoints for one person, as a test would call them. */
export function safetyClient(person: SignedInClient) {
  const base = `/api/users/${person.user.id}`;
  return {
    getIntake: () => person.client.get(`${base}/safety-intake`),
    saveIntake: (body: SaveSafetyIntakeRequest | Record<string, unknown>) =>
      person.client.request("PUT", `${base}/safety-intake`, body),
    versions: () => person.client.get(`${base}/safety-intake/versions`),
    version: (version: number | string) =>
      person.client.get(`${base}/safety-intake/versions/${String(version)}`),
    assessment: () => person.client.get(`${base}/safety/assessment`),
    preSessionCheck: (body: unknown) =>
      person.client.post(`${base}/safety/pre-session-check`, body),
    sheet: () => person.client.get(`${base}/safety/sheet`),
    sheetPdf: () => person.client.get(`${base}/safety/sheet.pdf`),
  };
}

/** Field paths of a 400 answer. */
export function fieldPaths(response: LightMyRequestResponse): string[] {
  const body = response.json<{ error: { details?: { fields?: { path: string }[] } } }>();
  return (body.error.details?.fields ?? []).map((field) => field.path);
}

/** How many rows the safety tables hold for a person: bad input must leave these unchanged. */
export async function safetyRowCounts(testApp: TestApp, userId: string) {
  const { db } = testApp.database;
  const intakes = await db
    .selectFrom("safety_intakes")
    .select("id")
    .where("user_id", "=", userId)
    .execute();
  const checks = await db
    .selectFrom("pre_session_checks")
    .select("id")
    .where("user_id", "=", userId)
    .execute();
  return { intakes: intakes.length, checks: checks.length };
}

/**
 * A complete intake as stored before issue 10 (reference §7) added questions: every question of
 * that time answered "no", numb soles. The API no longer accepts it as complete.
 */
export const allNoBeforeReview = {
  bloodThinners: "no",
  bleedingDisorder: "no",
  lowPlatelets: "no",
  bloodClot: "no",
  diabetesFootProblems: "no",
  reducedSensationRegionIds: ["left-sole", "right-sole"],
  recentSurgery: "no",
  fragileSkin: "no",
  lymphoedema: "no",
  chemotherapyNow: "no",
  multipleSclerosisHeatSensitivity: "no",
  implantedDevice: "no",
  epilepsy: "no",
  pregnancy: "no",
  feverOrInfection: "no",
  fallsOrPoorBalance: "no",
  boneWeakness: "no",
  redFlags: {
    "spreading-weakness": "no",
    "sudden-one-sided-weakness": "no",
    "saddle-numbness-or-bladder-change": "no",
    "breathlessness-or-chest-pain": "no",
    "self-harm-thoughts": "no",
    "foot-infection-signs": "no",
    "one-sided-leg-swelling": "no",
    "fever-with-back-pain-or-cancer-pain": "no",
  },
} as const satisfies SaveSafetyIntakeRequest["answers"];

/** Every question answered "no", numb soles: a complete intake with nothing alarming. */
export const allNo = {
  ...allNoBeforeReview,
  glucoseLoweringMedicine: "no",
  heartOrKidneyFailure: "no",
  dizzyOnStanding: "no",
  poorLegCirculation: "no",
  redFlags: {
    ...allNoBeforeReview.redFlags,
    "foot-sore-with-fever": "no",
    "lasting-new-numbness": "no",
    "sudden-warm-swollen-foot": "no",
  },
} as const satisfies SaveSafetyIntakeRequest["answers"];

export const completeIntake: SaveSafetyIntakeRequest = {
  status: "complete",
  answers: allNo,
  preferences: { pressurePreference: "light", discomfortSignal: "I will say stop." },
};
