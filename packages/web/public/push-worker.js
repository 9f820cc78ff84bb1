/* global self */
/*
 * PainPlan's service worker, for Web Push reminders only (no caching, no fetch handler, no
 * requests of its own). Vite copies it from public/ to the root of the build, so it is served
 * same-origin at /push-worker.js and its scope is the whole app.
 *
 * A push carries JSON { title, body, url, snoozePath?, stopPath? } written by the server
 * without health details (what shows on a lock screen is "Session tomorrow at 10:00", never
 * pain scores). A push with no readable payload still shows a neutral notice, as browsers
 * require one per push. Snooze and stop are one tap on the notification: a same-origin POST
 * with the person's session and CSRF cookie (read through the Cookie Store API where the
 * browser has it); without it, the tap opens the reminder settings, where both are one tap.
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
      snoozePath: apiPath(data.snoozePath),
      stopPath: apiPath(data.stopPath),
    };
  } catch {
    return { ...fallback, body: event.data.text() || fallback.body };
  }
}

/** An API path of this site for a one-tap action, or undefined. */
function apiPath(path) {
  return typeof path === "string" && /^\/api\/[A-Za-z0-9/_-]+$/.test(path) ? path : undefined;
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
      data: { url: payload.url, snoozePath: payload.snoozePath, stopPath: payload.stopPath },
      actions: [
        ...(payload.snoozePath ? [{ action: "snooze", title: "Snooze for a day" }] : []),
        ...(payload.stopPath ? [{ action: "stop", title: "Stop reminders" }] : []),
      ],
    }),
  );
});

/** Opens (or focuses and moves) a PainPlan window at `path`. */
function openPage(path) {
  return self.clients.matchAll({ type: "window", includeUncontrolled: true }).then((windows) => {
    const open = windows.find((client) => new URL(client.url).origin === self.location.origin);
    if (open) return open.navigate(path).then((client) => (client || open).focus());
    return self.clients.openWindow(path);
  });
}

/** The CSRF cookie, where the browser lets a service worker read cookies. */
async function csrfToken() {
  if (!self.cookieStore) return undefined;
  const cookie = await self.cookieStore.get("pp_csrf");
  return cookie ? cookie.value : undefined;
}

/** Snooze or stop with one tap; if that cannot be done here, the settings page opens. */
async function runAction(path, body) {
  const token = await csrfToken();
  if (token === undefined) return openPage("/reminders");
  const response = await fetch(path, {
    method: "POST",
    credentials: "same-origin",
    headers: {
      "x-csrf-token": token,
      accept: "application/json",
      ...(body === undefined ? {} : { "content-type": "application/json" }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return response.ok ? undefined : openPage("/reminders");
}

self.addEventListener("notificationclick", (event) => {
  event.notification.close();
  const data = event.notification.data || {};
  if (event.action === "snooze" && apiPath(data.snoozePath)) {
    event.waitUntil(runAction(data.snoozePath, { minutes: 24 * 60 }));
    return;
  }
  if (event.action === "stop" && apiPath(data.stopPath)) {
    event.waitUntil(runAction(data.stopPath, undefined));
    return;
  }
  event.waitUntil(openPage(sameOriginPath(data.url)));
});
