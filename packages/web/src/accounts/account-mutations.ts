import {
  accountsEndpoints,
  type ChangePasswordRequest,
  type RegisterRequest,
  type SignInRequest,
  type UpdateProfileRequest,
} from "@painplan/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { flushSync } from "react-dom";
import { useNavigate } from "react-router";
import { isApiError } from "../api/api-error";
import { callApi } from "../api/call-api";
import { discardAllDrafts } from "../forms/use-tab-draft";
import { currentUserQueryKey } from "./current-user-query";
import { signedOutState } from "./sign-out-state";

export function useRegister() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RegisterRequest) => callApi(accountsEndpoints.register, { body }),
    onSuccess: ({ user }) => {
      discardAllDrafts();
      queryClient.setQueryData(currentUserQueryKey, user);
    },
  });
}

export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SignInRequest) => callApi(accountsEndpoints.signIn, { body }),
    onSuccess: ({ user }) => {
      discardAllDrafts();
      queryClient.setQueryData(currentUserQueryKey, user);
    },
  });
}

export function useUpdateProfile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateProfileRequest) => callApi(accountsEndpoints.updateMe, { body }),
    onSuccess: ({ user }) => {
      queryClient.setQueryData(currentUserQueryKey, user);
    },
  });
}

export function useChangePassword() {
  return useMutation({
    mutationFn: (body: ChangePasswordRequest) =>
      callApi(accountsEndpoints.changePassword, { body }),
  });
}

export function useSignOut() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: async () => {
      try {
        await callApi(accountsEndpoints.signOut);
      } catch (error) {
        // Already signed out (expired session): the outcome the person asked for.
        if (!(isApiError(error) && error.status === 401)) throw error;
      }
    },
    onSuccess: () => {
      discardAllDrafts();
      // Show the sign-in page first (it does not redirect while its state says "signed out"),
      // then forget the person. In the other order the guard of the page being left would see
      // nobody signed in and race us with its own "sign in to come back here" redirect.
      flushSync(() => {
        void navigate("/sign-in", { replace: true, state: signedOutState });
      });
      queryClient.setQueryData(currentUserQueryKey, null);
      queryClient.removeQueries({
        predicate: (query) => query.queryKey[0] !== currentUserQueryKey[0],
      });
    },
  });
}
