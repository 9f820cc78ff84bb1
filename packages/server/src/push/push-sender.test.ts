import webpush from "web-push";
import { describe, expect, it } from "vitest";
import { aPushDevice } from "../testing/push-endpoint.js";
import { isPrivatePushHost, PushEndpointRefusedError, webPushSender } from "./push-sender.js";

describe("push endpoints a TLS server will call", () => {
  it("knows private, loopback and link-local addresses", async () => {
    for (const host of [
      "127.0.0.1",
      "10.1.2.3",
      "172.20.0.1",
      "192.168.1.1",
      "169.254.169.254",
      "[::1]",
      "::ffff:127.0.0.1",
      "fd00::1",
      "localhost",
    ]) {
      expect(await isPrivatePushHost(host), host).toBe(true);
    }
    for (const host of ["8.8.8.8", "2001:4860:4860::8888", "172.32.0.1"]) {
      expect(await isPrivatePushHost(host), host).toBe(false);
    }
  });

  it("refuses http and private endpoints unless told it is a development server", async () => {
    const keys = webpush.generateVAPIDKeys();
    const sender = webPushSender({
      keys,
      subject: "https://painplan.example",
      allowHttpEndpoints: false,
    });
    const stored = (endpoint: string) => {
      const { subscription } = aPushDevice(endpoint);
      return {
        id: "d",
        userId: "u",
        endpoint,
        p256dh: subscription.keys.p256dh,
        auth: subscription.keys.auth,
        label: "x",
        createdAt: "2026-01-01T00:00:00.000Z",
      };
    };
    await expect(sender.send(stored("http://push.example/x"), "{}")).rejects.toThrow(
      PushEndpointRefusedError,
    );
    await expect(sender.send(stored("https://127.0.0.1/x"), "{}")).rejects.toThrow(
      PushEndpointRefusedError,
    );
    await expect(sender.send(stored("https://[::1]:8443/x"), "{}")).rejects.toThrow(
      PushEndpointRefusedError,
    );
    await expect(sender.send(stored("https://[::ffff:127.0.0.1]/x"), "{}")).rejects.toThrow(
      PushEndpointRefusedError,
    );
  });
});
