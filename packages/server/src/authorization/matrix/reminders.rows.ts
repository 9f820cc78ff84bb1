import type { CalendarFeedLink, PushDevice, remindersEndpoints } from "@painplan/core";
import type { SignedInClient } from "../../testing/accounts.js";
import { open, ownerOnly, signedIn, type Row } from "./matrix-row.js";

const ownerParams = ({ owner }: { owner: SignedInClient }) => ({
  params: { userId: owner.user.id },
});

/** A device subscription as a browser sends it (keys of the right shape; the endpoint refuses connections). */
export const aPushSubscription = {
  endpoint: "http://127.0.0.1:9/push/matrix-device",
  keys: {
    p256dh:
      "BNcRdreALRFXTkOOUHK1EtK2wtaz5Ry4YfYCA_0QTpQtUbVlUls0VJXg7A8u-Ts1XbjhazAkj7I99e8QcYP7DkM",
    auth: "tBHItJI5svbpez7KI4CCXg",
  },
  label: "Phone",
};

async function ownersFeedToken(owner: SignedInClient): Promise<string> {
  const created = await owner.client.post(`/api/users/${owner.user.id}/reminders/feed`);
  if (created.statusCode !== 201) throw new Error(`feed failed: ${created.body}`);
  const url = created.json<CalendarFeedLink>().url;
  return url.split("/").at(-2) ?? "";
}

async function ownersDevice(owner: SignedInClient): Promise<string> {
  const saved = await owner.client.post(
    `/api/users/${owner.user.id}/reminders/push-devices`,
    aPushSubscription,
  );
  if (saved.statusCode !== 201) throw new Error(`subscribe failed: ${saved.body}`);
  return saved.json<PushDevice>().id;
}

/**
 * Rows for reminders: settings, feed and devices are the owner's alone (others 404); the VAPID
 * key is for any signed-in account; the feed itself opens with its secret, for anyone who has it.
 */
export const remindersRows = {
  getReminderSettings: { call: ownerParams, expected: ownerOnly(200) },
  saveReminderSettings: {
    call: ({ owner }) => ({
      params: { userId: owner.user.id },
      body: {
        channels: { feed: true, push: true, email: false },
        leadMinutes: 30,
        quietHours: { from: "22:00", until: "07:00" },
        locale: "en-GB",
        stopped: false,
      },
    }),
    expected: ownerOnly(200),
  },
  snoozeReminders: {
    call: ({ owner }) => ({ params: { userId: owner.user.id }, body: { minutes: 60 } }),
    expected: ownerOnly(200),
  },
  stopReminders: { call: ownerParams, expected: ownerOnly(200) },
  getCalendarFeed: { call: ownerParams, expected: ownerOnly(200) },
  createCalendarFeed: { call: ownerParams, expected: ownerOnly(201) },
  regenerateCalendarFeed: { call: ownerParams, expected: ownerOnly(200) },
  revokeCalendarFeed: {
    call: async ({ owner }) => {
      await ownersFeedToken(owner);
      return { params: { userId: owner.user.id } };
    },
    expected: ownerOnly(204),
  },
  downloadCalendar: { call: ownerParams, expected: ownerOnly(200) },
  calendarFeed: {
    call: async ({ owner }) => ({ params: { token: await ownersFeedToken(owner) } }),
    expected: open(200),
  },
  getPushPublicKey: { call: () => ({}), expected: signedIn(200) },
  subscribePush: {
    call: ({ owner }) => ({ params: { userId: owner.user.id }, body: aPushSubscription }),
    expected: ownerOnly(201),
  },
  unsubscribePush: {
    call: async ({ owner }) => ({
      params: { userId: owner.user.id, deviceId: await ownersDevice(owner) },
    }),
    expected: ownerOnly(204),
  },
  sendTestReminder: {
    call: async ({ owner }) => {
      await ownersDevice(owner);
      return { params: { userId: owner.user.id }, body: { channel: "push" } };
    },
    expected: ownerOnly(200),
  },
} satisfies Record<keyof typeof remindersEndpoints, Row>;
