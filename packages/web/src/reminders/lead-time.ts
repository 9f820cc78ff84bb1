/** The lead times offered as one tap each, in minutes before the session. */
export const leadTimeChoices = [0, 15, 30, 60, 120, 1440] as const;

/** A lead time in plain words: "at the start", "15 minutes before", "1 day before". */
export function leadTimeWords(minutes: number): string {
  if (minutes === 0) return "At the start";
  if (minutes % 1440 === 0) {
    const days = minutes / 1440;
    return days === 1 ? "1 day before" : `${days} days before`;
  }
  if (minutes % 60 === 0) {
    const hours = minutes / 60;
    return hours === 1 ? "1 hour before" : `${hours} hours before`;
  }
  return minutes === 1 ? "1 minute before" : `${minutes} minutes before`;
}

/** Turns the base64url VAPID key into the bytes `PushManager.subscribe` wants. */
export function base64UrlToBytes(base64Url: string): Uint8Array<ArrayBuffer> {
  const base64 = base64Url.replace(/-/g, "+").replace(/_/g, "/");
  const padded = base64 + "=".repeat((4 - (base64.length % 4)) % 4);
  const binary = atob(padded);
  const bytes = new Uint8Array(new ArrayBuffer(binary.length));
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  return bytes;
}
