import { profileEndpoints, type PainProfile, type PainProfileRequest } from "@painplan/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { callApi } from "../api/call-api";

export const painProfileQueryKey = (userId: string) => ["pain-profile", userId] as const;

export function usePainProfile(userId: string) {
  return useQuery({
    queryKey: painProfileQueryKey(userId),
    queryFn: () => callApi(profileEndpoints.getPainProfile, { params: { userId } }),
  });
}

export function useSavePainProfile(userId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: PainProfileRequest) =>
      callApi(profileEndpoints.replacePainProfile, { params: { userId }, body }),
    onSuccess: (profile: PainProfile) => {
      queryClient.setQueryData(painProfileQueryKey(userId), profile);
    },
  });
}
