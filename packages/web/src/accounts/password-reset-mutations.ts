import { endpoints, type PasswordReset, type PasswordResetRequest } from "@painplan/core";
import { useMutation } from "@tanstack/react-query";
import { callApi } from "../api/call-api";

export function useRequestPasswordReset() {
  return useMutation({
    mutationFn: (body: PasswordResetRequest) => callApi(endpoints.requestPasswordReset, { body }),
  });
}

export function useResetPassword() {
  return useMutation({
    mutationFn: (body: PasswordReset) => callApi(endpoints.resetPassword, { body }),
  });
}
