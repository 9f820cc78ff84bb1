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

/**
 * A sender with the `web-push` library: it encrypts the payload for the subscription's keys and
 * signs the VAPID header; the request is sent with `fetch` so its time-out and errors are ours.
 * `subject` is the contact the push service may use (an https: URL or mailto:). Plain http
 * endpoints are only called when `allowHttpEndpoints` (a development server; tests).
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
      if (endpoint.protocol !== "https:" && !options.allowHttpEndpoints) {
        throw new PushEndpointRefusedError("Push endpoints must be https.");
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
