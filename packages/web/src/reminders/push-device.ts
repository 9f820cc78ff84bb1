import { base64UrlToBytes } from "./lead-time";

/** Why this device cannot take push reminders, in words for the person. */
export type PushUnavailable = { reason: string };

/** The browser's subscription in the shape the server takes, or why there is none. */
export type DeviceSubscription =
  { endpoint: string; keys: { p256dh: string; auth: string } } | PushUnavailable;

/** Served same-origin from public/ (see public/push-worker.js). */
const workerPath = "/push-worker.js";

/** Whether this browser has what Web Push needs (a service worker and the Push API). */
export function isPushSupported(): boolean {
  return "serviceWorker" in navigator && "PushManager" in window && "Notification" in window;
}

/**
 * Registers the push worker, asks for permission and subscribes with the server's VAPID key.
 * Asking happens only after the person pressed the button (browsers require a gesture).
 */
export async function subscribeThisDevice(publicKey: string): Promise<DeviceSubscription> {
  if (!isPushSupported()) {
    return { reason: "This browser cannot show notifications from websites." };
  }
  const permission = await Notification.requestPermission();
  if (permission !== "granted") {
    return {
      reason:
        "Notifications are blocked for PainPlan in this browser. You can allow them in the browser's site settings, or use your calendar app instead.",
    };
  }
  await navigator.serviceWorker.register(workerPath, { scope: "/" });
  const registration = await navigator.serviceWorker.ready;
  const subscription = await registration.pushManager.subscribe({
    userVisibleOnly: true,
    applicationServerKey: base64UrlToBytes(publicKey),
  });
  const { endpoint, keys } = subscription.toJSON();
  if (endpoint === undefined || keys?.["p256dh"] === undefined || keys["auth"] === undefined) {
    return { reason: "This browser gave an incomplete subscription. Please try again." };
  }
  return { endpoint, keys: { p256dh: keys["p256dh"], auth: keys["auth"] } };
}
