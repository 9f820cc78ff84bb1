import { diaryEndpoints } from "@painplan/core";
import { useQuery } from "@tanstack/react-query";
import { callApi } from "../api/call-api";
import { diaryQueryKey } from "../diary/diary-queries";

/**
 * The person's pain entries from `fromDate` to `toDate` (local days, "YYYY-MM-DD", inclusive),
 * newest first, at most 200 (the route's page limit; a week rarely holds more). Keyed under the
 * diary's key, so a quick log, a stable day or an Undo refreshes it.
 */
export function useEntriesBetween(userId: string, fromDate: string, toDate: string) {
  return useQuery({
    queryKey: [...diaryQueryKey(userId), "between", fromDate, toDate],
    queryFn: async () => {
      const page = await callApi(diaryEndpoints.listPainEntries, {
        params: { userId },
        query: { limit: 200, fromDate, toDate },
      });
      return page.items;
    },
  });
}
