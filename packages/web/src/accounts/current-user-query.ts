import { accountsEndpoints, type User } from "@painplan/core";
import { useQuery } from "@tanstack/react-query";
import { isApiError } from "../api/api-error";
import { callApi } from "../api/call-api";
import { mayBeSignedIn } from "./sign-in-hint";

export const currentUserQueryKey = ["current-user"] as const;

/**
 * The signed-in person, or null when nobody is signed in. Without the sign-in hint the app knows
 * without asking, so a signed-out visit makes no request that answers 401 (which the browser
 * logs as an error). With it, `/api/me` decides; a 401 then (an expired session) is an answer,
 * not a failure.
 */
async function fetchCurrentUser(): Promise<User | null> {
  if (!mayBeSignedIn()) return null;
  try {
    return (await callApi(accountsEndpoints.getMe)).user;
  } catch (error) {
    if (isApiError(error) && error.status === 401) return null;
    throw error;
  }
}

export function useCurrentUser() {
  return useQuery({ queryKey: currentUserQueryKey, queryFn: fetchCurrentUser });
}
