import type { PushDevice, ReminderSettingsResponse } from "@painplan/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signedInPatient } from "../testing/accounts.js";
import {
  aPushDevice,
  decryptPush,
  startPushEndpoint,
  verifyVapid,
} from "../testing/push-endpoint.js";
import { useTestApp } from "../testing/test-app.js";

const testApp = useTestApp();
let endpoint: Awaited<ReturnType<typeof startPushEndpoint>>;

beforeAll(async () => {
  endpoint = await startPushEndpoint((path) => (path.includes("gone") ? 410 : 201));
});
afterAll(async () => {
  await endpoint.close();
});

describe("Web Push", () => {
  it("keeps one VAPID key pair in the database and hands out its public key", async () => {
    const { client } = await signedInPatient(testApp);
    const first = (await client.get("/api/push/public-key")).json<{ publicKey: string }>();
    const second = (await client.get("/api/push/public-key")).json<{ publicKey: string }>();
    expect(first.publicKey).toMatch(/^[A-Za-z0-9_-]{87}$/);
    expect(second).toEqual(first);
    const stored = await testApp.database.db.selectFrom("vapid_keys").selectAll().execute();
    expect(stored.map((row) => row.public_key)).toEqual([first.publicKey]);
  });

  it("sends an encrypted test reminder the device decrypts with its own keys, signed with VAPID", async () => {
    const person = await signedInPatient(testApp);
    const base = `/api/users/${person.user.id}/reminders`;
    const device = aPushDevice(`${endpoint.origin}/push/device-1`);
    const saved = await person.client.post(`${base}/push-devices`, device.subscription);
    expect(saved.statusCode, saved.body).toBe(201);
    const sent = await person.client.post(`${base}/test`, { channel: "push" });
    expect(sent.statusCode, sent.body).toBe(200);
    expect(sent.json()).toEqual({ channel: "push", delivered: 1 });

    const message = endpoint.received.find((push) => push.path === "/push/device-1");
    if (message === undefined) throw new Error("The push endpoint received nothing.");
    expect(message.headers["content-encoding"]).toBe("aes128gcm");
    expect(Number(message.headers["ttl"])).toBeGreaterThan(0);
    const { key, claims } = verifyVapid(message.headers["authorization"]);
    const publicKey = (await person.client.get("/api/push/public-key")).json<{
      publicKey: string;
    }>().publicKey;
    expect(key).toBe(publicKey);
    expect(claims.aud).toBe(endpoint.origin);
    expect(claims.sub).toBe("mailto:no-reply@painplan.test");
    const payload = JSON.parse(decryptPush(message.body, device)) as Record<string, string>;
    // The test clock is 00:30Z on 29 March 2026; the person's zone is the registration's.
    expect(payload["body"]).toMatch(/^Test: Session tomorrow at \d{2}:\d{2}$/);
    expect(payload["url"]).toBe("http://painplan.test/reminders");
  });

  it("removes a device whose subscription is gone (410)", async () => {
    const person = await signedInPatient(testApp);
    const base = `/api/users/${person.user.id}/reminders`;
    const device = aPushDevice(`${endpoint.origin}/push/gone-device`);
    await person.client.post(`${base}/push-devices`, device.subscription);
    const sent = await person.client.post(`${base}/test`, { channel: "push" });
    expect(sent.json()).toEqual({ channel: "push", delivered: 0 });
    const page = (await person.client.get(`${base}/settings`)).json<ReminderSettingsResponse>();
    expect(page.push.devices).toEqual([]);
  });

  it("updates a device subscribed again, and removes one on request", async () => {
    const person = await signedInPatient(testApp);
    const base = `/api/users/${person.user.id}/reminders`;
    const device = aPushDevice(`${endpoint.origin}/push/device-2`);
    const first = (
      await person.client.post(`${base}/push-devices`, device.subscription)
    ).json<PushDevice>();
    const again = await person.client.post(`${base}/push-devices`, {
      ...device.subscription,
      label: "Tablet",
    });
    expect(again.json<PushDevice>()).toMatchObject({ id: first.id, label: "Tablet" });
    const removed = await person.client.request("DELETE", `${base}/push-devices/${first.id}`);
    expect(removed.statusCode).toBe(204);
    const twice = await person.client.request("DELETE", `${base}/push-devices/${first.id}`);
    expect(twice.statusCode).toBe(404);
  });

  it("says when there is no device to send a test to", async () => {
    const person = await signedInPatient(testApp);
    const sent = await person.client.post(`/api/users/${person.user.id}/reminders/test`, {
      channel: "push",
    });
    expect(sent.statusCode).toBe(400);
    expect(sent.json()).toMatchObject({ error: { details: { fields: [{ path: "channel" }] } } });
  });

  it("refuses a malformed subscription with field errors and keeps nothing", async () => {
    const person = await signedInPatient(testApp);
    const url = `/api/users/${person.user.id}/reminders/push-devices`;
    const good = aPushDevice(`${endpoint.origin}/push/bad-input`).subscription;
    const cases: [unknown, string][] = [
      [{ ...good, endpoint: "ftp://push.example/x" }, "endpoint"],
      [{ ...good, endpoint: "not a url" }, "endpoint"],
      [{ ...good, keys: { ...good.keys, p256dh: "short" } }, "keys.p256dh"],
      [{ ...good, keys: { ...good.keys, auth: "!!" } }, "keys.auth"],
      [{ ...good, label: "a\u0000b" }, "label"],
      [{ ...good, label: "x".repeat(81) }, "label"],
    ];
    for (const [body, path] of cases) {
      const response = await person.client.post(url, body);
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
      const fields = response.json<{ error: { details: { fields: { path: string }[] } } }>().error
        .details.fields;
      expect(fields.map((field) => field.path)).toContain(path);
    }
    const page = (
      await person.client.get(`/api/users/${person.user.id}/reminders/settings`)
    ).json<ReminderSettingsResponse>();
    expect(page.push.devices).toEqual([]);
  });
});
