import type {
  DirectorySearchResponse,
  PractitionerProfile,
  QuestionsResponse,
  SearchResult,
} from "@painplan/core";
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { completeIntake, fieldPaths } from "../safety/testing/safety-client.js";
import { signedInAdmin, signedInPatient, type SignedInClient } from "../testing/accounts.js";
import { aRegistration } from "../testing/factories.js";
import { race } from "../testing/race.js";
import { useTestApp } from "../testing/test-app.js";
import { aProfileInput, insertPractitioner } from "./testing/practitioners.js";

const testApp = useTestApp();

async function aPractitioner(): Promise<SignedInClient> {
  return signedInPatient(testApp, undefined, aRegistration().withRole("practitioner").build());
}

const newYork = { latitude: 40.75065, longitude: -73.997293 }; // ZIP 10001 centroid
type Point = { latitude: number; longitude: number };
/** A point `km` east of `from` (ZIP 10001's centroid by default). */
const east = (km: number, from: Point = newYork) => ({
  latitude: from.latitude,
  longitude: from.longitude + km / (111.32 * Math.cos((from.latitude * Math.PI) / 180)),
});
const greenBay = { latitude: 44.480778, longitude: -88.016063 }; // ZIP 54301 centroid
/** Each search test seeds its own town, far from the others (the database is shared). */
const town = (index: number) => ({ latitude: 35 + index, longitude: -100 });
const near = (point: Point) => `latitude=${point.latitude}&longitude=${point.longitude}`;

async function profileCount(): Promise<number> {
  const rows = await testApp.database.db.selectFrom("practitioner_profiles").select("id").execute();
  return rows.length;
}

function search(person: SignedInClient, query: string) {
  return person.client.get(`/api/users/${person.user.id}/directory/search?${query}`);
}

describe("a practitioner's own profile", () => {
  it("is written by a practitioner, located at the ZIP centroid, with 'accepting' confirmed by them now", async () => {
    const practitioner = await aPractitioner();
    expect((await practitioner.client.get("/api/directory/my-profile")).statusCode).toBe(404);
    const response = await practitioner.client.request(
      "PUT",
      "/api/directory/my-profile",
      aProfileInput(),
    );
    expect(response.statusCode, response.body).toBe(200);
    const profile = response.json<PractitionerProfile>();
    expect(profile).toMatchObject({
      userId: practitioner.user.id,
      isFictional: false,
      taxonomies: [{ code: "225700000X", label: "Massage Therapist" }],
      location: newYork,
      acceptingVerification: {
        source: "self",
        outcome: "confirmed",
        verifiedAt: testApp.clock.now().toISOString(),
        verifiedBy: practitioner.user.id,
        verifiedByName: practitioner.user.displayName,
      },
      npiVerification: null,
    });
    expect(profile.licences[0]?.verification).toBeNull();
    const again = await practitioner.client.get(`/api/directory/practitioners/${profile.id}`);
    expect(again.json()).toEqual(profile);
  });

  it("refuses a patient (403) and bad values with field paths, writing nothing", async () => {
    const patient = await signedInPatient(testApp);
    expect(
      (await patient.client.request("PUT", "/api/directory/my-profile", aProfileInput()))
        .statusCode,
    ).toBe(403);
    const practitioner = await aPractitioner();
    const before = await profileCount();
    const cases: [Record<string, unknown>, string][] = [
      [{ npi: "1234567890" }, "npi"],
      [{ npi: "12345" }, "npi"],
      [{ taxonomyCodes: ["225700000Y"] }, "taxonomyCodes.0"],
      [{ prices: { minutes30: null, minutes60: -100, minutes90: null } }, "prices.minutes60"],
      [{ prices: { minutes30: null, minutes60: 99_999_999, minutes90: null } }, "prices.minutes60"],
      [{ prices: { minutes30: null, minutes60: 75.5, minutes90: null } }, "prices.minutes60"],
      [
        { slidingScale: { fromMinor: 9000, toMinor: 5000, howDecided: "" } },
        "slidingScale.toMinor",
      ],
      [{ modalities: ["reiki"] }, "modalities.0"],
      [{ currency: "usd" }, "currency"],
      [
        { clinic: { line: "", city: "Nowhere", region: "", postalCode: "00000", country: "US" } },
        "clinic.postalCode",
      ],
    ];
    for (const [change, path] of cases) {
      const response = await practitioner.client.request(
        "PUT",
        "/api/directory/my-profile",
        aProfileInput(change),
      );
      expect(response.statusCode, JSON.stringify(change)).toBe(400);
      expect(fieldPaths(response), JSON.stringify(change)).toContain(path);
    }
    expect(await profileCount()).toBe(before);
  });

  it("keeps a licence's verification while it is unchanged, and loses it when the number changes", async () => {
    const practitioner = await aPractitioner();
    const admin = await signedInAdmin(testApp);
    const written = (
      await practitioner.client.request("PUT", "/api/directory/my-profile", aProfileInput())
    ).json<PractitionerProfile>();
    const licence = written.licences[0];
    if (licence === undefined) throw new Error("no licence");
    const verified = await admin.client.post(
      `/api/directory/admin/practitioners/${written.id}/verifications`,
      {
        subject: "licence",
        subjectId: licence.id,
        outcome: "confirmed",
        evidence: "NYS Office of the Professions verification search, licence active",
      },
    );
    expect(verified.statusCode, verified.body).toBe(201);
    expect(verified.json<PractitionerProfile>().licences[0]?.verification).toMatchObject({
      source: "admin",
      verifiedBy: admin.user.id,
      evidence: "NYS Office of the Professions verification search, licence active",
    });
    const kept = await practitioner.client.request(
      "PUT",
      "/api/directory/my-profile",
      aProfileInput({
        bio: "New bio",
        licences: [{ id: licence.id, number: "MT-12345", issuer: "NY" }],
      }),
    );
    expect(kept.json<PractitionerProfile>().licences[0]?.verification?.source).toBe("admin");
    const changed = await practitioner.client.request(
      "PUT",
      "/api/directory/my-profile",
      aProfileInput({ licences: [{ id: licence.id, number: "MT-99999", issuer: "NY" }] }),
    );
    expect(changed.json<PractitionerProfile>().licences[0]?.verification).toBeNull();
    const history = await admin.client.get(
      `/api/directory/admin/practitioners/${written.id}/verifications`,
    );
    expect(
      history.json<{ items: { subject: string }[] }>().items.map((item) => item.subject),
    ).toEqual(expect.arrayContaining(["licence", "accepting-new-clients"]));
  });
});

describe("admin verification", () => {
  it("lists unverified licences, refuses a licence of another practitioner, and is admin-only", async () => {
    const admin = await signedInAdmin(testApp);
    const practitioner = await aPractitioner();
    const profile = (
      await practitioner.client.request("PUT", "/api/directory/my-profile", aProfileInput())
    ).json<PractitionerProfile>();
    const queue = await admin.client.get("/api/directory/admin/verification-queue?limit=100");
    expect(queue.statusCode).toBe(200);
    const items = queue.json<{ items: { practitionerId: string; subject: string }[] }>().items;
    expect(
      items
        .filter((item) => item.practitionerId === profile.id)
        .map((item) => item.subject)
        .sort(),
    ).toEqual(["certification", "licence"]);
    const wrong = await admin.client.post(
      `/api/directory/admin/practitioners/${profile.id}/verifications`,
      {
        subject: "licence",
        subjectId: randomUUID(),
        outcome: "confirmed",
        evidence: "a look-up",
      },
    );
    expect(wrong.statusCode).toBe(400);
    expect(fieldPaths(wrong)).toEqual(["subjectId"]);
    const noEvidence = await admin.client.post(
      `/api/directory/admin/practitioners/${profile.id}/verifications`,
      {
        subject: "npi",
        subjectId: null,
        outcome: "confirmed",
        evidence: " ",
      },
    );
    expect(fieldPaths(noEvidence)).toEqual(["evidence"]);
    expect(
      (await practitioner.client.get("/api/directory/admin/verification-queue")).statusCode,
    ).toBe(403);
  });
});

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
    expect(nearest.distanceText).toBe("3 km");
    expect(nearest.fit.summary).toMatch(
      /^3 km · neuropathy experience · sliding scale from 50 USD · licence verified \d+ months? ago/,
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

describe("saved, compare and questions", () => {
  it("saves once, lists, unsaves", async () => {
    const patient = await signedInPatient(testApp);
    const id = await insertPractitioner(
      testApp.database.db,
      randomUUID(),
      aProfileInput({ npi: null }),
      east(2),
    );
    const url = `/api/users/${patient.user.id}/directory/saved/${id}`;
    const first = await patient.client.request("PUT", url);
    expect(first.statusCode, first.body).toBe(200);
    testApp.clock.advance(60_000);
    const second = await patient.client.request("PUT", url);
    expect(second.json()).toEqual(first.json());
    const list = await patient.client.get(`/api/users/${patient.user.id}/directory/saved`);
    expect(
      list
        .json<{ items: { practitioner: { id: string } }[] }>()
        .items.map((item) => item.practitioner.id),
    ).toEqual([id]);
    expect((await patient.client.request("DELETE", url)).statusCode).toBe(204);
    expect((await patient.client.request("DELETE", url)).statusCode).toBe(204);
    expect(
      (
        await patient.client.request(
          "PUT",
          `/api/users/${patient.user.id}/directory/saved/${randomUUID()}`,
        )
      ).statusCode,
    ).toBe(404);
  });

  it("compares up to 3, in the order asked", async () => {
    const patient = await signedInPatient(testApp);
    const { db } = testApp.database;
    const ids = await Promise.all(
      [1, 2, 3, 4].map((km) =>
        insertPractitioner(
          db,
          randomUUID(),
          aProfileInput({ npi: null, displayName: `P${km}` }),
          east(km),
        ),
      ),
    );
    const base = `/api/users/${patient.user.id}/directory/compare`;
    const three = await patient.client.get(
      `${base}?ids=${ids.slice(0, 3).reverse().join(",")}&postalCode=10001`,
    );
    expect(three.statusCode, three.body).toBe(200);
    expect(
      three.json<{ items: SearchResult[] }>().items.map((item) => item.practitioner.displayName),
    ).toEqual(["P3", "P2", "P1"]);
    const four = await patient.client.get(`${base}?ids=${ids.join(",")}`);
    expect(four.statusCode).toBe(400);
    expect(fieldPaths(four)).toEqual(["ids"]);
    expect((await patient.client.get(`${base}?ids=${randomUUID()}`)).statusCode).toBe(404);
  });

  it("suggests questions until the person saves their own list", async () => {
    const patient = await signedInPatient(testApp);
    const url = `/api/users/${patient.user.id}/directory/questions`;
    const suggested = (await patient.client.get(url)).json<QuestionsResponse>();
    expect(suggested.isSuggested).toBe(true);
    expect(suggested.items.map((item) => item.id)).toContain("pressure");
    const saved = await patient.client.request("PUT", url, {
      items: [
        { id: "pressure", text: "How do you adapt pressure?", isDone: true },
        { text: "Do you have parking?" },
      ],
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const read = (await patient.client.get(url)).json<QuestionsResponse>();
    expect(read).toEqual(saved.json());
    expect(read.isSuggested).toBe(false);
    expect(read.items[1]?.isDone).toBe(false);
    const tooMany = await patient.client.request("PUT", url, {
      items: Array.from({ length: 41 }, () => ({ text: "Q" })),
    });
    expect(fieldPaths(tooMany)).toEqual(["items"]);
    const empty = await patient.client.request("PUT", url, { items: [{ text: "  " }] });
    expect(fieldPaths(empty)).toEqual(["items.0.text"]);
  });
});

describe("races", () => {
  it("the same profile written 20 times at once: one profile, success or 409, never 500", async () => {
    const practitioner = await aPractitioner();
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
