import type { DirectorySearchResponse, SearchResult } from "@painplan/core";
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { completeIntake, fieldPaths } from "../safety/testing/safety-client.js";
import { signedInPatient, type SignedInClient } from "../testing/accounts.js";
import { useTestApp } from "../testing/test-app.js";
import { east, greenBay, near, town, type Point } from "./testing/places.js";
import { aProfileInput, insertPractitioner } from "./testing/practitioners.js";

const testApp = useTestApp();

function search(person: SignedInClient, query: string) {
  return person.client.get(`/api/users/${person.user.id}/directory/search?${query}`);
}

describe("search", () => {
  async function seed(center: Point) {
    const ids = {
      near: randomUUID(),
      far: randomUUID(),
      outside: randomUUID(),
      expensive: randomUUID(),
      electro: randomUUID(),
      notAccepting: randomUUID(),
    };
    const { db } = testApp.database;
    await insertPractitioner(
      db,
      ids.near,
      aProfileInput({ npi: null, displayName: "Near" }),
      east(3, center),
      {
        licenceVerifiedAt: "2026-01-01T00:00:00.000Z",
      },
    );
    await insertPractitioner(
      db,
      ids.far,
      aProfileInput({ npi: null, displayName: "Far" }),
      east(12, center),
    );
    await insertPractitioner(
      db,
      ids.outside,
      aProfileInput({ npi: null, displayName: "Outside" }),
      east(40, center),
    );
    await insertPractitioner(
      db,
      ids.expensive,
      aProfileInput({
        npi: null,
        displayName: "Expensive",
        prices: { minutes30: null, minutes60: 15000, minutes90: null },
      }),
      east(5, center),
    );
    await insertPractitioner(
      db,
      ids.electro,
      aProfileInput({
        npi: null,
        displayName: "Electro",
        modalities: ["electroacupuncture"],
        taxonomyCodes: ["171100000X"],
      }),
      east(1, center),
      { licenceVerifiedAt: "2026-03-01T00:00:00.000Z" },
    );
    await insertPractitioner(
      db,
      ids.notAccepting,
      aProfileInput({ npi: null, displayName: "Full", isAcceptingNewClients: false }),
      east(2, center),
    );
    return ids;
  }

  it("finds practitioners within the radius of a ZIP code, ranked by fit and explained", async () => {
    const ids = await seed(greenBay);
    const patient = await signedInPatient(testApp);
    const response = await search(patient, "postalCode=54301&radiusKm=15");
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json<DirectorySearchResponse>();
    const found = body.items.map((item) => item.practitioner.id);
    expect(found).not.toContain(ids.outside);
    expect(found.slice(0, 2)).toEqual([ids.electro, ids.near]);
    expect(found.indexOf(ids.near)).toBeLessThan(found.indexOf(ids.far));
    expect(body.origin).toMatchObject({ ...greenBay, postalCode: "54301" });
    const nearest = body.items[1] as SearchResult;
    expect(nearest.distanceText).toBe("3 km (2 miles) away");
    expect(nearest.fit.summary).toMatch(
      /^3 km \(2 miles\) away · neuropathy experience · sliding scale from 50 USD · licence verified \d+ months? ago/,
    );
    expect(body.items.find((item) => item.practitioner.id === ids.far)?.fit.dataStatus).toBe(
      "unverified",
    );
  });

  it("respects the safety intake: a modality to avoid is marked and ranked after every match", async () => {
    const ids = await seed(town(1));
    const patient = await signedInPatient(testApp);
    const intake = await patient.client.request(
      "PUT",
      `/api/users/${patient.user.id}/safety-intake`,
      {
        ...completeIntake,
        answers: {
          ...completeIntake.answers,
          implantedDevice: "yes",
          implantedDeviceKinds: ["pacemaker"],
        },
      },
    );
    expect(intake.statusCode, intake.body).toBe(200);
    const body = (
      await search(patient, `${near(town(1))}&radiusKm=15`)
    ).json<DirectorySearchResponse>();
    const last = body.items.at(-1);
    expect(last?.practitioner.id).toBe(ids.electro);
    expect(last?.fit).toMatchObject({ level: "not-a-match", score: 0 });
    expect(last?.fit.avoidModalities.map((entry) => entry.modality)).toEqual([
      "electroacupuncture",
    ]);
    expect(body.items.slice(0, -1).every((item) => item.fit.level !== "not-a-match")).toBe(true);
    // By distance too: the nearest (1 km) comes after every match.
    const byDistance = (
      await search(patient, `${near(town(1))}&radiusKm=15&sort=distance`)
    ).json<DirectorySearchResponse>();
    expect(byDistance.items.at(-1)?.practitioner.id).toBe(ids.electro);
  });

  it("filters: accepting, price for a session length, modality, home visits; sorts by price", async () => {
    const ids = await seed(town(2));
    const patient = await signedInPatient(testApp);
    const filtered = await search(
      patient,
      `${near(town(2))}&radiusKm=15&isAcceptingNewClients=true&maxPriceMinor=8000&sessionMinutes=60&currency=USD&modalities=swedish-massage&offersHomeVisits=true&hasNeuropathyExperience=true&technique=gentle&isInsuranceOrSlidingScale=true`,
    );
    expect(filtered.statusCode, filtered.body).toBe(200);
    const found = filtered
      .json<DirectorySearchResponse>()
      .items.map((item) => item.practitioner.id);
    expect(found.sort()).toEqual([ids.near, ids.far].sort());
    const byPrice = (
      await search(patient, `${near(town(2))}&radiusKm=15&sort=price&modalities=swedish-massage`)
    ).json<DirectorySearchResponse>();
    expect(byPrice.items.at(-1)?.practitioner.id).toBe(ids.expensive);
  });

  it("pages with a cursor: every result once, in order", async () => {
    await seed(town(3));
    const patient = await signedInPatient(testApp);
    const all = (
      await search(patient, `${near(town(3))}&radiusKm=15&limit=50`)
    ).json<DirectorySearchResponse>();
    const seen: string[] = [];
    let cursor: string | null = "";
    while (cursor !== null) {
      const page: DirectorySearchResponse = (
        await search(
          patient,
          `${near(town(3))}&radiusKm=15&limit=2${cursor === "" ? "" : `&cursor=${cursor}`}`,
        )
      ).json<DirectorySearchResponse>();
      seen.push(...page.items.map((item) => item.practitioner.id));
      cursor = page.nextCursor;
    }
    expect(seen).toEqual(all.items.map((item) => item.practitioner.id));
  });

  it("refuses bad input with field paths and clear words", async () => {
    const patient = await signedInPatient(testApp);
    const cases: [string, string, RegExp?][] = [
      ["postalCode=10001&radiusKm=0", "radiusKm"],
      ["postalCode=10001&radiusKm=-5", "radiusKm"],
      ["postalCode=10001&radiusKm=501", "radiusKm"],
      ["postalCode=00000", "postalCode", /do not know the postal code 00000/],
      ["postalCode=K1A0B1&country=CA", "country", /not known yet/],
      ["latitude=40", "longitude"],
      ["postalCode=10001&maxPriceMinor=-1", "maxPriceMinor"],
      ["postalCode=10001&sessionMinutes=45", "sessionMinutes"],
      ["postalCode=10001&modalities=reiki", "modalities"],
      ["sort=distance", "postalCode"],
      ["postalCode=10001&cursor=bm90LWEtY3Vyc29y", "cursor"],
      ["postalCode=10001&isStepFree=yes", "isStepFree"],
    ];
    for (const [query, path, message] of cases) {
      const response = await search(patient, query);
      expect(response.statusCode, query).toBe(400);
      expect(fieldPaths(response), query).toContain(path);
      if (message !== undefined) expect(response.body).toMatch(message);
    }
  });
});
