import type { User } from "@painplan/core";
import { describe, expect, it } from "vitest";
import { signedInPatient } from "../testing/accounts.js";
import { aRegistration } from "../testing/factories.js";
import { useTestApp } from "../testing/test-app.js";

const testApp = useTestApp();

async function registered(body: Record<string, unknown>) {
  const client = testApp.client();
  const response = await client.post("/api/auth/register", body);
  return { client, response };
}

describe("the person's country (chooses the crisis lines, REFERENCE §8)", () => {
  it("defaults from the time zone at registration", async () => {
    const { client, response } = await registered(
      aRegistration().withTimeZone("America/Toronto").build(),
    );
    expect(response.statusCode).toBe(201);
    expect(response.json<{ user: User }>().user.country).toBe("CA");
    expect((await client.get("/api/me")).json<{ user: User }>().user.country).toBe("CA");
  });

  it("is unknown (null) for a zone outside the table", async () => {
    const { response } = await registered(aRegistration().withTimeZone("Europe/Paris").build());
    expect(response.json<{ user: User }>().user.country).toBeNull();
  });

  it("takes the country chosen at registration, over the zone's guess", async () => {
    const { response } = await registered({
      ...aRegistration().withTimeZone("Europe/London").build(),
      country: "ie",
    });
    expect(response.json<{ user: User }>().user.country).toBe("IE");
    const unknown = await registered({
      ...aRegistration().withTimeZone("Europe/London").build(),
      country: null,
    });
    expect(unknown.response.json<{ user: User }>().user.country).toBeNull();
  });

  it("is changed in settings, and can be set back to unknown", async () => {
    const { client } = await signedInPatient(testApp);
    const changed = await client.patch("/api/me", { country: "NZ" });
    expect(changed.statusCode).toBe(200);
    expect(changed.json<{ user: User }>().user.country).toBe("NZ");
    const cleared = await client.patch("/api/me", { country: null });
    expect(cleared.json<{ user: User }>().user.country).toBeNull();
    expect((await client.get("/api/me")).json<{ user: User }>().user.country).toBeNull();
  });

  it.each(["NZL", "1", "New Zealand", 64])(
    "refuses %j with a field error, changing nothing",
    async (country) => {
      const { client } = await signedInPatient(testApp);
      await client.patch("/api/me", { country: "GB" });
      const refused = await client.patch("/api/me", { country });
      expect(refused.statusCode).toBe(400);
      const fields = refused.json<{ error: { details: { fields: { path: string }[] } } }>().error
        .details.fields;
      expect(fields.map((field) => field.path)).toEqual(["country"]);
      expect((await client.get("/api/me")).json<{ user: User }>().user.country).toBe("GB");
      const registration = await registered({ ...aRegistration().build(), country });
      expect(registration.response.statusCode).toBe(400);
    },
  );
});
