import { careTeamEndpoints, errorBodySchema, textFieldsOf, type Endpoint } from "@painplan/core";
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { planWithItem } from "../plan/testing/plans.js";
import { signedInPatient, type SignedInClient } from "../testing/accounts.js";
import { allScopes, joinCareTeam, signedInPractitioner } from "../testing/care-team.js";
import { useTestApp } from "../testing/test-app.js";
import { controlCharacters, withValueAt } from "../testing/person-text.js";

/**
 * The care-team area's part of http/person-text.int.test.ts: every text field of its requests
 * gets a NUL, an escape and a C1 control (400 with the field's path, nothing written), and text
 * in decomposed form is stored in NFC. Proposals are sent by a practitioner in the person's care
 * team (plan scope on); a proposal changes nothing in the plan, so one plan item serves them all.
 */
const testApp = useTestApp();
let owner: SignedInClient;
let practitioner: SignedInClient;
let planId: string;
let itemId: string;

beforeAll(async () => {
  owner = await signedInPatient(testApp);
  practitioner = await signedInPractitioner(testApp);
  await joinCareTeam(owner, practitioner, allScopes);
  const { plan, item } = await planWithItem(owner);
  planId = plan.id;
  itemId = item.id;
});

type Request = {
  client: SignedInClient;
  method: Endpoint["method"];
  url: string;
  body: Record<string, unknown>;
};

/** A valid request per care-team endpoint that takes text, with every optional text field present. */
function validRequest(name: string): Request {
  const base = `/api/users/${owner.user.id}/care-team`;
  switch (name) {
    case "proposePlanChange":
      return {
        client: practitioner,
        method: "POST",
        url: `${base}/proposals`,
        body: {
          planId,
          itemId,
          change: { pressure: "light", notes: "Weekly, lighter pressure." },
          reason: "Less soreness the day after.",
        },
      };
    default:
      throw new Error(`add a valid ${name} request to this test`);
  }
}

const careTeamTables = [
  "care_team_members",
  "care_team_proposals",
  "care_team_examinations",
] as const;

async function storedState(): Promise<string> {
  const db = testApp.database.db;
  const rows: unknown[] = [];
  for (const table of careTeamTables) {
    rows.push(
      await db.selectFrom(table).selectAll().where("user_id", "=", owner.user.id).execute(),
    );
  }
  return JSON.stringify(rows);
}

const textFields = Object.entries(careTeamEndpoints as Record<string, Endpoint>).flatMap(
  ([name, endpoint]) =>
    (["query", "body"] as const).flatMap((part) => {
      const schema = endpoint[part];
      if (schema === undefined) return [];
      return textFieldsOf(schema)
        .filter((field) => field.kind === "person-text")
        .map((field) => ({ name, path: field.path }));
    }),
);

const send = (request: Request, body: Record<string, unknown>) =>
  request.client.client.request(request.method, request.url, body);

describe("a control character in any care-team text field → 400 with the field, nothing written", () => {
  it("finds the text fields of the care-team contract", () => {
    expect(textFields.length).toBeGreaterThanOrEqual(2);
  });

  for (const { name, path } of textFields) {
    it(`${name} ${path}`, async () => {
      const valid = validRequest(name);
      for (const [what, value] of controlCharacters) {
        const before = await storedState();
        const response = await send(valid, withValueAt(valid.body, path, value));
        expect(response.statusCode, `${what}: ${response.body}`).toBe(400);
        const fields = errorBodySchema.parse(response.json()).error.details?.fields ?? [];
        expect(fields.map((field) => field.path)).toContain(path);
        expect(await storedState()).toBe(before);
      }
    });
  }
});

describe("care-team text in decomposed form is stored in NFC", () => {
  for (const { name, path } of textFields) {
    it(`${name} ${path}`, async () => {
      const valid = validRequest(name);
      const marker = `Jose\u0301 ${randomUUID().slice(0, 6)}`;
      const response = await send(valid, withValueAt(valid.body, path, marker));
      expect(response.statusCode, response.body).toBeLessThan(300);
      const seen = await storedState();
      expect(seen).toContain(marker.normalize("NFC"));
      expect(seen).not.toContain(marker);
    });
  }
});
