import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { signedInPatient } from "../testing/accounts.js";
import { signedInPractitioner } from "../testing/care-team.js";
import { race } from "../testing/race.js";
import { useTestApp } from "../testing/test-app.js";
import { east } from "./testing/places.js";
import { aProfileInput, insertPractitioner } from "./testing/practitioners.js";

const testApp = useTestApp();

describe("races", () => {
  it("the same profile written 20 times at once: one profile, success or 409, never 500", async () => {
    const practitioner = await signedInPractitioner(testApp);
    const body = aProfileInput();
    await race(() => practitioner.client.request("PUT", "/api/directory/my-profile", body));
    const rows = await testApp.database.db
      .selectFrom("practitioner_profiles")
      .select("id")
      .where("user_id", "=", practitioner.user.id)
      .execute();
    expect(rows).toHaveLength(1);
  });

  it("saving the same practitioner 20 times at once keeps one row and one time", async () => {
    const patient = await signedInPatient(testApp);
    const id = await insertPractitioner(
      testApp.database.db,
      randomUUID(),
      aProfileInput({ npi: null }),
      east(2),
    );
    const responses = await race(() =>
      patient.client.request("PUT", `/api/users/${patient.user.id}/directory/saved/${id}`),
    );
    expect(new Set(responses.map((response) => response.body)).size).toBe(1);
  });
});
