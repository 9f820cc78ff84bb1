import {
  endpoints,
  type ChangePasswordRequest,
  type RegisterRequest,
  type SignInRequest,
  type UpdateProfileRequest,
} from "@painplan/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useNavigate } from "react-router";
import { isApiError } from "../api/api-error";
import { callApi } from "../api/call-api";
import { discardAllDrafts } from "../forms/use-session-draft";
import { currentUserQueryKey } from "./current-user-query";

/** After register or sign-in the public-only routes redirect, because the user is now known. */
export function useRegister() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RegisterRequest) => callApi(endpoints.register, { body }),
    onSuccess: ({ user }) => {
      discardAllDrafts();
      queryClient.setQueryData(currentUserQueryKey, user);
    },
  });
}

export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SignInRequest) => callApi(endpoints.signIn, { body }),
    onSuccess: ({ user }) => {
      discardAllDrafts();
      queryClient.setQueryData(currentUserQueryKey, user);
    },
  });
}

export function useUpdateProfile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateProfileRequest) => callApi(endpoints.updateMe, { body }),
    onSuccess: ({ user }) => {
      queryClient.setQueryData(currentUserQueryKey, user);
    },
  });
}

export function useChangePassword() {
  return useMutation({
    mutationFn: (body: ChangePasswordRequest) => callApi(endpoints.changePassword, { body }),
  });
}

export function useSignOut() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: async () => {
      try {
        await callApi(endpoints.signOut);
      } catch (error) {
        // Already signed out (expired session): the outcome the person asked for.
        if (!(isApiError(error) && error.status === 401)) throw error;
      }
    },
    onSuccess: () => {
      discardAllDrafts();
      // Forget the person and everything fetched for them; then leave the signed-in pages. Both
      // updates land before the next render, so no guard adds a "come back here" link.
      queryClient.setQueryData(currentUserQueryKey, null);
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== currentUserQueryKey[0] });
      void navigate("/sign-in", { replace: true, state: { isSignedOut: true } });
    },
  });
}
