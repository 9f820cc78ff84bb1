import {
  remindersEndpoints,
  type PushSubscriptionRequest,
  type ReminderSettingsInput,
  type ReminderSettingsResponse,
} from "@painplan/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { callApi } from "../api/call-api";
import { useSignedInUser } from "../accounts/signed-in-user";

const remindersKey = (userId: string) => ["reminders", userId] as const;

/** Settings, what this server can send, the devices and the feed's health. */
export function useReminderSettings() {
  const { id: userId } = useSignedInUser();
  return useQuery({
    queryKey: [...remindersKey(userId), "settings"],
    queryFn: ({ signal }) =>
      callApi(remindersEndpoints.getReminderSettings, { params: { userId }, signal }),
  });
}

/** A mutation answering with the whole settings page: the page shows the answer at once. */
function useSettingsMutation<Variables>(
  send: (userId: string, variables: Variables) => Promise<ReminderSettingsResponse>,
) {
  const { id: userId } = useSignedInUser();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: Variables) => send(userId, variables),
    onSuccess: (settings) => {
      queryClient.setQueryData([...remindersKey(userId), "settings"], settings);
    },
  });
}

export function useSaveReminderSettings() {
  return useSettingsMutation((userId, body: ReminderSettingsInput) =>
    callApi(remindersEndpoints.saveReminderSettings, { params: { userId }, body }),
  );
}

export function useSnoozeReminders() {
  return useSettingsMutation((userId, minutes: number) =>
    callApi(remindersEndpoints.snoozeReminders, { params: { userId }, body: { minutes } }),
  );
}

export function useStopReminders() {
  return useSettingsMutation((userId, _: undefined) =>
    callApi(remindersEndpoints.stopReminders, { params: { userId } }),
  );
}

/** A mutation after which the settings page (devices, feed health) is asked for again. */
function useRefreshingMutation<Variables, Result>(
  send: (userId: string, variables: Variables) => Promise<Result>,
) {
  const { id: userId } = useSignedInUser();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: Variables) => send(userId, variables),
    onSettled: () => queryClient.invalidateQueries({ queryKey: remindersKey(userId) }),
  });
}

/** Creates the feed link, or makes a new one when one exists (the old one stops working). */
export function useNewFeedLink() {
  return useRefreshingMutation((userId, hasFeed: boolean) =>
    hasFeed
      ? callApi(remindersEndpoints.regenerateCalendarFeed, { params: { userId } })
      : callApi(remindersEndpoints.createCalendarFeed, { params: { userId } }),
  );
}

export function useRevokeFeed() {
  return useRefreshingMutation((userId, _: undefined) =>
    callApi(remindersEndpoints.revokeCalendarFeed, { params: { userId } }),
  );
}

export function useAddPushDevice() {
  return useRefreshingMutation((userId, body: PushSubscriptionRequest) =>
    callApi(remindersEndpoints.subscribePush, { params: { userId }, body }),
  );
}

export function useRemovePushDevice() {
  return useRefreshingMutation((userId, deviceId: string) =>
    callApi(remindersEndpoints.unsubscribePush, { params: { userId, deviceId } }),
  );
}

export function useTestReminder() {
  return useRefreshingMutation((userId, channel: "push" | "email") =>
    callApi(remindersEndpoints.sendTestReminder, { params: { userId }, body: { channel } }),
  );
}

/** The server's VAPID public key, asked for when the person turns push on for this device. */
export function fetchPushPublicKey() {
  return callApi(remindersEndpoints.getPushPublicKey);
}
