import { lookup } from "node:dns/promises";
import { BlockList, isIP } from "node:net";
import webpush from "web-push";
import type { StoredPushSubscription } from "./push-subscriptions.repository.js";
import type { VapidKeys } from "./vapid-keys.repository.js";

/** What happened to one push: delivered to the push service, or the subscription is gone. */
export type PushResult = "sent" | "gone";

/** Sends an encrypted Web Push message (RFC 8030, RFC 8291 aes128gcm, RFC 8292 VAPID). */
export type PushSender = {
  publicKey: string;
  send(subscription: StoredPushSubscription, payload: string): Promise<PushResult>;
};

/** The push service refused the message for another reason than a gone subscription. */
export class PushDeliveryError extends Error {
  override name = "PushDeliveryError";
  constructor(readonly status: number) {
    super(`The push service answered ${status.toString()}.`);
  }
}

/** A subscription endpoint this server will not call (not https on a TLS server). */
export class PushEndpointRefusedError extends Error {
  override name = "PushEndpointRefusedError";
}

/** Addresses a push service never has: loopback, private, link-local, shared and unspecified. */
const privateAddresses = new BlockList();
for (const [network, prefix] of [
  ["0.0.0.0", 8],
  ["10.0.0.0", 8],
  ["100.64.0.0", 10],
  ["127.0.0.0", 8],
  ["169.254.0.0", 16],
  ["172.16.0.0", 12],
  ["192.168.0.0", 16],
] as const) {
  privateAddresses.addSubnet(network, prefix, "ipv4");
}
for (const [network, prefix] of [
  ["::", 128],
  ["::1", 128],
  ["fc00::", 7],
  ["fe80::", 10],
] as const) {
  privateAddresses.addSubnet(network, prefix, "ipv6");
}

/**
 * Whether a push endpoint's host is, or resolves to, a private address (a way to make the server
 * call into its own network). IPv4-mapped IPv6 addresses count as private.
 */
export async function isPrivatePushHost(hostname: string): Promise<boolean> {
  const host = hostname.replace(/^\[|\]$/g, "");
  const addresses =
    isIP(host) === 0 ? (await lookup(host, { all: true })).map((entry) => entry.address) : [host];
  return addresses.some((address) => {
    // IPv4-mapped IPv6 (a URL writes ::ffff:127.0.0.1 as ::ffff:7f00:1): no push service
    // needs one, so none is called.
    if (/^::ffff:/i.test(address)) return true;
    return privateAddresses.check(address, isIP(address) === 6 ? "ipv6" : "ipv4");
  });
}

/**
 * A sender with the `web-push` library: it encrypts the payload for the subscription's keys and
 * signs the VAPID header; the request is sent with `fetch` so its time-out and errors are ours.
 * `subject` is the contact the push service may use (an https: URL or mailto:). Plain http
 * endpoints and private addresses are only called when `allowHttpEndpoints` (a development
 * server; tests); otherwise the host is resolved first and refused when private (a DNS answer
 * that changes between that check and the request is not caught).
 */
export function webPushSender(options: {
  keys: VapidKeys;
  subject: string;
  allowHttpEndpoints: boolean;
  /** Seconds the push service keeps an undelivered message (default one day). */
  ttlSeconds?: number;
  timeoutMs?: number;
}): PushSender {
  return {
    publicKey: options.keys.publicKey,
    async send(subscription, payload) {
      const endpoint = new URL(subscription.endpoint);
      if (!options.allowHttpEndpoints) {
        if (endpoint.protocol !== "https:") {
          throw new PushEndpointRefusedError("Push endpoints must be https.");
        }
        if (await isPrivatePushHost(endpoint.hostname)) {
          throw new PushEndpointRefusedError("Push endpoints must be on the public internet.");
        }
      }
      const request = webpush.generateRequestDetails(
        {
          endpoint: subscription.endpoint,
          keys: { p256dh: subscription.p256dh, auth: subscription.auth },
        },
        payload,
        {
          vapidDetails: {
            subject: options.subject,
            publicKey: options.keys.publicKey,
            privateKey: options.keys.privateKey,
          },
          TTL: options.ttlSeconds ?? 24 * 60 * 60,
          contentEncoding: "aes128gcm",
          urgency: "normal",
        },
      );
      const response = await fetch(request.endpoint, {
        method: request.method,
        headers: request.headers as Record<string, string>,
        body: request.body,
        redirect: "error",
        signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
      });
      await response.arrayBuffer();
      if (response.status === 404 || response.status === 410) return "gone";
      if (!response.ok) throw new PushDeliveryError(response.status);
      return "sent";
    },
  };
}
