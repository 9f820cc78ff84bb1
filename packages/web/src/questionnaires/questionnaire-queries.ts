import {
  questionnairesEndpoints,
  type InstrumentId,
  type SubmitQuestionnaireResponseRequest,
  type UpdateQuestionnaireSettingsRequest,
} from "@painplan/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { callApi } from "../api/call-api";

/** Every questionnaire query of a person starts with this key. */
export const questionnairesQueryKey = (userId: string) => ["questionnaires", userId] as const;

export function useQuestionnaireOverview(userId: string) {
  return useQuery({
    queryKey: [...questionnairesQueryKey(userId), "overview"],
    queryFn: () => callApi(questionnairesEndpoints.listQuestionnaires, { params: { userId } }),
  });
}

export function useInstrumentDefinition(userId: string, instrumentId: InstrumentId) {
  return useQuery({
    queryKey: [...questionnairesQueryKey(userId), "definition", instrumentId],
    queryFn: () =>
      callApi(questionnairesEndpoints.getInstrumentDefinition, {
        params: { userId, instrumentId },
      }),
  });
}

export function useQuestionnaireResponse(userId: string, responseId: string) {
  return useQuery({
    queryKey: [...questionnairesQueryKey(userId), "response", responseId],
    queryFn: () =>
      callApi(questionnairesEndpoints.getQuestionnaireResponse, { params: { userId, responseId } }),
  });
}

export function useQuestionnaireResponses(userId: string) {
  return useQuery({
    queryKey: [...questionnairesQueryKey(userId), "responses"],
    queryFn: () =>
      callApi(questionnairesEndpoints.listQuestionnaireResponses, {
        params: { userId },
        query: { limit: 20 },
      }),
  });
}

export function useQuestionnaireSettings(userId: string) {
  return useQuery({
    queryKey: [...questionnairesQueryKey(userId), "settings"],
    queryFn: () =>
      callApi(questionnairesEndpoints.getQuestionnaireSettings, { params: { userId } }),
  });
}

function useRefreshingMutation<Body, Result>(
  userId: string,
  mutationFn: (body: Body) => Promise<Result>,
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: questionnairesQueryKey(userId) }),
  });
}

export function useSubmitQuestionnaire(userId: string) {
  return useRefreshingMutation(userId, (body: SubmitQuestionnaireResponseRequest) =>
    callApi(questionnairesEndpoints.submitQuestionnaireResponse, { params: { userId }, body }),
  );
}

export function useSkipQuestionnaire(userId: string) {
  return useRefreshingMutation(userId, (instrumentId: InstrumentId) =>
    callApi(questionnairesEndpoints.skipQuestionnaire, {
      params: { userId },
      body: { instrumentId },
    }),
  );
}

export function useUpdateQuestionnaireSettings(userId: string) {
  return useRefreshingMutation(userId, (body: UpdateQuestionnaireSettingsRequest) =>
    callApi(questionnairesEndpoints.updateQuestionnaireSettings, { params: { userId }, body }),
  );
}
