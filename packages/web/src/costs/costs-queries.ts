import { costsEndpoints, type EndpointBody, type Money } from "@painplan/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useSignedInUser } from "../accounts/signed-in-user";
import { callApi } from "../api/call-api";

/** Everything of one person's costs: any change refetches all of it (it is small). */
const costsKey = (userId: string) => ["costs", userId] as const;

function useCostsMutation<Body, Result>(send: (userId: string, body: Body) => Promise<Result>) {
  const { id: userId } = useSignedInUser();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Body) => send(userId, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: costsKey(userId) }),
  });
}

export function useSpendSummary(from: string | undefined, to: string | undefined) {
  const { id: userId } = useSignedInUser();
  return useQuery({
    queryKey: [...costsKey(userId), "spend", from, to],
    queryFn: ({ signal }) =>
      callApi(costsEndpoints.getSpendSummary, {
        params: { userId },
        query: { ...(from === undefined ? {} : { from }), ...(to === undefined ? {} : { to }) },
        signal,
      }),
  });
}

export function usePackages() {
  const { id: userId } = useSignedInUser();
  return useQuery({
    queryKey: [...costsKey(userId), "packages"],
    queryFn: ({ signal }) =>
      callApi(costsEndpoints.listCostPackages, { params: { userId }, signal }),
  });
}

export const useCreatePackage = () =>
  useCostsMutation((userId, body: EndpointBody<typeof costsEndpoints.createCostPackage>) =>
    callApi(costsEndpoints.createCostPackage, { params: { userId }, body }),
  );

export const useArchivePackage = () =>
  useCostsMutation((userId, packageId: string) =>
    callApi(costsEndpoints.archiveCostPackage, { params: { userId, packageId } }),
  );

export function useClaims() {
  const { id: userId } = useSignedInUser();
  return useQuery({
    queryKey: [...costsKey(userId), "claims"],
    queryFn: ({ signal }) =>
      callApi(costsEndpoints.listInsuranceClaims, { params: { userId }, signal }),
  });
}

export const useCreateClaim = () =>
  useCostsMutation((userId, body: EndpointBody<typeof costsEndpoints.createInsuranceClaim>) =>
    callApi(costsEndpoints.createInsuranceClaim, { params: { userId }, body }),
  );

export const useUpdateClaim = () =>
  useCostsMutation(
    (
      userId,
      {
        claimId,
        ...body
      }: EndpointBody<typeof costsEndpoints.updateInsuranceClaim> & { claimId: string },
    ) => callApi(costsEndpoints.updateInsuranceClaim, { params: { userId, claimId }, body }),
  );

export function useForecast() {
  const { id: userId } = useSignedInUser();
  return useQuery({
    queryKey: [...costsKey(userId), "forecast"],
    queryFn: ({ signal }) =>
      callApi(costsEndpoints.getPlanForecast, { params: { userId }, signal }),
  });
}

export const useSetUsualPrice = () =>
  useCostsMutation((userId, { itemId, price }: { itemId: string; price: Money }) =>
    callApi(costsEndpoints.setUsualPrice, { params: { userId, itemId }, body: { price } }),
  );

export function useEstimates() {
  const { id: userId } = useSignedInUser();
  return useQuery({
    queryKey: [...costsKey(userId), "estimates"],
    queryFn: ({ signal }) =>
      callApi(costsEndpoints.listCostEstimates, { params: { userId }, signal }),
  });
}

export const useCreateEstimate = () =>
  useCostsMutation((userId, body: EndpointBody<typeof costsEndpoints.createCostEstimate>) =>
    callApi(costsEndpoints.createCostEstimate, { params: { userId }, body }),
  );
