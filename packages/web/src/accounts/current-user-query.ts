import { accountsEndpoints, type User } from "@painplan/core";
import { useQuery } from "@tanstack/react-query";
import { isApiError } from "../api/api-error";
import { callApi } from "../api/call-api";
import { readCsrfToken } from "../api/csrf-token";

export const currentUserQueryKey = ["current-user"] as const;

/**
 * The signed-in person, or null when nobody is signed in.
 *
 * The server sets the JS-readable `pp_csrf` cookie with the HttpOnly session cookie and clears
 * both together, so without it nobody is signed in: the app knows without asking, and a
 * signed-out visit makes no request that answers 401 (which the browser logs as an error).
 * With it, `/api/me` decides; a 401 then (an expired session) is an answer, not a failure.
 */
async function fetchCurrentUser(): Promise<User | null> {
  if (readCsrfToken() === undefined) return null;
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
