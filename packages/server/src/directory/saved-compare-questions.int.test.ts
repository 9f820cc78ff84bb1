import type { QuestionsResponse, SearchResult } from "@painplan/core";
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { fieldPaths } from "../safety/testing/safety-client.js";
import { signedInPatient } from "../testing/accounts.js";
import { useTestApp } from "../testing/test-app.js";
import { east } from "./testing/places.js";
import { aProfileInput, insertPractitioner } from "./testing/practitioners.js";

const testApp = useTestApp();

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
