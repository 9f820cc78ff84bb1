import { describe, expect, it } from "vitest";
import { z } from "zod";
import { endpoints } from "./api-contract.js";
import type { Endpoint } from "./api/endpoint.js";
import { personText } from "./text/text.schema.js";
import { textFieldsOf, type TextField } from "./text/text-fields.js";

/**
 * Strings in requests that are not text a person types, each with the reason it may skip
 * `personText`. Everything else a request accepts as a string must be `personText`, so a new
 * free-text field written as `z.string()` fails this test.
 */
const notPersonText: Record<string, string> = {
  "register body password": "hashed, never stored or shown; any character is allowed",
  "signIn body password": "only compared with the hash",
  "changePassword body currentPassword": "only compared with the hash",
  "changePassword body newPassword": "hashed, never stored or shown",
  "eraseMe body password": "only compared with the hash",
  "resetPassword body token": "a reset link's random token, only hashed and looked up",
  "resetPassword body newPassword": "hashed, never stored or shown",
  "register body timeZone": "checked against the IANA zone list",
  "updateMe body timeZone": "checked against the IANA zone list",
  "listPainEntries query cursor": "an opaque cursor the server made; decoded and checked",
  "listQuestionnaireResponses query cursor": "an opaque cursor the server made",
  "submitQuestionnaireResponse body answers.<key>": "an item linkId, checked against the form",
  "getTherapy params therapyId": "an id looked up in the library (404 when unknown)",
  "calendarFeed params token":
    "a feed link's random secret, only hashed and looked up (404 when unknown)",
  "createPlanItem body schedule.cadence.rrule":
    "an RFC 5545 RRULE body, parsed by validateSchedule (400 when invalid)",
  "updatePlanItem body schedule.cadence.rrule":
    "an RFC 5545 RRULE body, parsed by validateSchedule (400 when invalid)",
  "acceptCareTeamInvitation body token":
    "an invitation's random secret, only hashed and looked up (404 when unknown)",
  "enterDn4Examination body answers.<key>":
    "a DN4 examination item linkId, checked against the form",
  "proposePlanChange body change.schedule.cadence.rrule":
    "an RFC 5545 RRULE body, parsed by validateSchedule (400 when invalid)",
  "previewPlanConflicts body schedule.cadence.rrule":
    "an RFC 5545 RRULE body, parsed by validateSchedule (400 when invalid)",
  "listSessions query cursor": "an opaque cursor the server made; decoded and checked",
  "logSession body charge.price.currency": "an ISO 4217 code, checked against Intl's list",
};
/** Body-map region ids, checked against the body map wherever they appear. */
const bodyRegionIdPaths =
  /(RegionIds\.\*|regions\.\*\.regionId|areas\.\*|regionPain\.\*\.regionId)$/;
/** ISO 4217 codes in money (`moneySchema`), checked against Intl's currency list. */
const currencyPaths = /(^|\.)currency$/;

function stringFields(): (TextField & { key: string })[] {
  return Object.entries(endpoints as Record<string, Endpoint>).flatMap(([name, endpoint]) =>
    (["params", "query", "body"] as const).flatMap((part) => {
      const schema = endpoint[part];
      if (schema === undefined) return [];
      return textFieldsOf(schema).map((field) => ({
        ...field,
        key: `${name} ${part} ${field.path}`,
      }));
    }),
  );
}

describe("every free-text field of every request is personText", () => {
  it("has no plain z.string() outside the list of machine strings", () => {
    const plain = stringFields()
      .filter((field) => field.kind === "plain")
      .filter((field) => !bodyRegionIdPaths.test(field.path))
      .filter((field) => !currencyPaths.test(field.path))
      .map((field) => field.key)
      .filter((key) => notPersonText[key] === undefined);
    expect(plain, "use personText (core/text) for these, or list why not").toEqual([]);
  });

  it("lists no machine string that no longer exists", () => {
    const keys = new Set(stringFields().map((field) => field.key));
    expect(Object.keys(notPersonText).filter((key) => !keys.has(key))).toEqual([]);
  });

  it("finds the person's text fields, described, optional or followed by a transform", () => {
    const found = stringFields()
      .filter((field) => field.kind === "person-text")
      .map((field) => field.key);
    expect(found).toEqual(
      expect.arrayContaining([
        "updateMe body displayName",
        "createPainEntry body notes",
        "updatePainEntry body triggers.*",
        "replacePainProfile body medications.*.name",
        "saveSafetyIntake body preferences.emergencyContact.name",
      ]),
    );
  });

  it("tells a wrapped personText from a plain string", () => {
    const text = personText({ maxLength: 5, label: "T" });
    const schema = z.object({
      a: text.describe("a").optional(),
      b: z.string().trim(),
      c: z.email(),
    });
    expect(textFieldsOf(schema)).toEqual([
      { path: "a", kind: "person-text" },
      { path: "b", kind: "plain" },
      { path: "c", kind: "format" },
    ]);
  });
});
