import { endpoints, type User } from "@painplan/core";
import { useQuery } from "@tanstack/react-query";
import { isApiError } from "../api/api-error";
import { callApi } from "../api/call-api";

export const currentUserQueryKey = ["current-user"] as const;

/** The signed-in person, or null when nobody is signed in (a 401 is an answer, not a failure). */
async function fetchCurrentUser(): Promise<User | null> {
  try {
    return (await callApi(endpoints.getMe)).user;
  } catch (error) {
    if (isApiError(error) && error.status === 401) return null;
    throw error;
  }
}

export function useCurrentUser() {
  return useQuery({ queryKey: currentUserQueryKey, queryFn: fetchCurrentUser });
}
