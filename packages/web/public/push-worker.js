/* global self */
/*
 * PainPlan's service worker, for Web Push reminders only (no caching, no fetch handler, no
 * requests of its own). Vite copies it from public/ to the root of the build, so it is served
 * same-origin at /push-worker.js and its scope is the whole app.
 *
 * A push carries JSON { title, body, url, tag } written by the server without health details
 * (what shows on a lock screen is "Session tomorrow at 10:00", never pain scores). A push with
 * no readable payload still shows a neutral notice, as browsers require one per push.
 */
const fallback = { title: "PainPlan", body: "You have a reminder.", url: "/", tag: "painplan" };

function readPayload(event) {
  if (!event.data) return fallback;
  try {
    const data = event.data.json();
    return {
      title: typeof data.title === "string" ? data.title : fallback.title,
      body: typeof data.body === "string" ? data.body : fallback.body,
      url: sameOriginPath(data.url),
      tag: typeof data.tag === "string" ? data.tag : fallback.tag,
    };
  } catch {
    return { ...fallback, body: event.data.text() || fallback.body };
  }
}

/** Only a path on this site is opened: a payload can never send the person elsewhere. */
function sameOriginPath(url) {
  if (typeof url !== "string") return "/";
  try {
    const target = new URL(url, self.location.origin);
    return target.origin === self.location.origin ? target.pathname + target.search : "/";
  } catch {
    return "/";
  }
}

self.addEventListener("push", (event) => {
  const payload = readPayload(event);
  event.waitUntil(
    self.registration.showNotification(payload.title, {
      body: payload.body,
      tag: payload.tag,
      icon: "/favicon.svg",
      data: { url: payload.url },
    }),
  );
});

self.addEventListener("notificationclick", (event) => {
  event.notification.close();
  const path = sameOriginPath(event.notification.data && event.notification.data.url);
  event.waitUntil(
    self.clients.matchAll({ type: "window", includeUncontrolled: true }).then((windows) => {
      const open = windows.find((client) => new URL(client.url).origin === self.location.origin);
      if (open) return open.navigate(path).then((client) => (client || open).focus());
      return self.clients.openWindow(path);
    }),
  );
});
