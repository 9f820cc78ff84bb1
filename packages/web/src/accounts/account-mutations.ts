import {
  accountsEndpoints,
  type AccountErasureRequest,
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
import { accountErasedState, signedOutState } from "./sign-out-state";

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

/**
 * Changes the password, confirmed by the current one, or by a passkey: pass a function that asks
 * the device and returns the body.
 */
export function useChangePassword() {
  return useMutation({
    mutationFn: async (input: ChangePasswordRequest | (() => Promise<ChangePasswordRequest>)) => {
      const body = typeof input === "function" ? await input() : input;
      return callApi(accountsEndpoints.changePassword, { body });
    },
  });
}

/** Leaves the signed-in app for the sign-in page (with a notice), then forgets the person. */
function useLeaveForSignIn() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return (state: typeof signedOutState | typeof accountErasedState) => {
    discardAllDrafts();
    // Show the sign-in page first (it does not redirect while its state says "signed out"),
    // then forget the person. In the other order the guard of the page being left would see
    // nobody signed in and race us with its own "sign in to come back here" redirect.
    flushSync(() => {
      void navigate("/sign-in", { replace: true, state });
    });
    queryClient.setQueryData(currentUserQueryKey, null);
    queryClient.removeQueries({
      predicate: (query) => query.queryKey[0] !== currentUserQueryKey[0],
    });
  };
}

/**
 * Erases the account (password again, or a passkey: pass a function that asks the device and
 * returns the body); then the sign-in page says it is done.
 */
export function useEraseAccount() {
  const leave = useLeaveForSignIn();
  return useMutation({
    mutationFn: async (input: AccountErasureRequest | (() => Promise<AccountErasureRequest>)) => {
      const body = typeof input === "function" ? await input() : input;
      return callApi(accountsEndpoints.eraseMe, { body });
    },
    onSuccess: () => {
      leave(accountErasedState);
    },
  });
}

export function useSignOut() {
  const leave = useLeaveForSignIn();
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
      leave(signedOutState);
    },
  });
}
