import { MutationCache, QueryCache, QueryClient } from "@tanstack/react-query";
import { isApiError } from "../api/api-error";
import { currentUserQueryKey } from "../accounts/current-user-query";

/** Client errors (4xx) will not fix themselves; retry only network trouble and 5xx, twice. */
function shouldRetry(failureCount: number, error: unknown): boolean {
  if (isApiError(error) && error.status >= 400 && error.status < 500) return false;
  return failureCount < 2;
}

export function createQueryClient(): QueryClient {
  const queryClient: QueryClient = new QueryClient({
    // A session that ends (expiry, sign-out in another tab) sends the person to sign in again.
    queryCache: new QueryCache({ onError: forgetUserIfSignedOut }),
    mutationCache: new MutationCache({ onError: forgetUserIfSignedOut }),
    defaultOptions: {
      queries: { retry: shouldRetry, staleTime: 30_000 },
      // "always": offline, React Query would otherwise pause a save ("Saving…" with no end) and
      // send it when the connection returns; callApi says "No connection" at once instead, and
      // the form's draft keeps the idempotency key for the person's retry.
      mutations: { retry: false, networkMode: "always" },
    },
  });
  function forgetUserIfSignedOut(error: unknown): void {
    if (isApiError(error) && error.code === "unauthenticated") {
      queryClient.setQueryData(currentUserQueryKey, null);
    }
  }
  return queryClient;
}
