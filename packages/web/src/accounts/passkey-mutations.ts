import {
  accountsEndpoints,
  type PasskeyAssertion,
  type PasskeyRegistrationRequest,
} from "@painplan/core";
import {
  startAuthentication,
  startRegistration,
  type PublicKeyCredentialCreationOptionsJSON,
  type PublicKeyCredentialRequestOptionsJSON,
} from "@simplewebauthn/browser";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { ApiError, isApiError } from "../api/api-error";
import { formProblemFrom, type FormProblem } from "../forms/form-problem";
import { callApi } from "../api/call-api";
import { discardAllDrafts } from "../forms/use-tab-draft";
import { currentUserQueryKey } from "./current-user-query";

export const passkeysQueryKey = ["passkeys"] as const;

/**
 * The browser's own refusals (the person cancelled, no passkey here, timed out) as an error the
 * forms show like any other: on `field`, in plain words, nothing sent to the server.
 */
function passkeyNotUsed(field: string): ApiError {
  const message = "The passkey was not used. Try again, or use your password.";
  return new ApiError(400, "validation_failed", message, {
    fieldErrors: [{ path: field, message }],
  });
}

async function inBrowser<T>(field: string, ask: () => Promise<T>): Promise<T> {
  try {
    return await ask();
  } catch {
    throw passkeyNotUsed(field);
  }
}

/** Asks the browser to sign a challenge from `getOptions` with a passkey (WebAuthn get()). */
async function assertion(
  getOptions: () => Promise<{ challengeId: string; options: Record<string, unknown> }>,
  field: string,
): Promise<PasskeyAssertion> {
  const { challengeId, options } = await getOptions();
  const credential = await inBrowser(field, () =>
    startAuthentication({
      optionsJSON: options as unknown as PublicKeyCredentialRequestOptionsJSON,
    }),
  );
  return { challengeId, credential: credential as PasskeyAssertion["credential"] };
}

/** The signed-in person's passkeys. */
export function usePasskeys() {
  return useQuery({
    queryKey: passkeysQueryKey,
    queryFn: async () => (await callApi(accountsEndpoints.listPasskeys)).passkeys,
  });
}

/** Adds a passkey: creation options from the server, the browser makes the key, the server checks it. */
export function useAddPasskey() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (name: string) => {
      const { challengeId, options } = await callApi(accountsEndpoints.passkeyRegistrationOptions);
      const credential = await inBrowser("name", () =>
        startRegistration({
          optionsJSON: options as unknown as PublicKeyCredentialCreationOptionsJSON,
        }),
      );
      const body: PasskeyRegistrationRequest = {
        challengeId,
        name,
        credential: credential as PasskeyRegistrationRequest["credential"],
      };
      return callApi(accountsEndpoints.addPasskey, { body });
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: passkeysQueryKey }),
  });
}

export function useRemovePasskey() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (passkeyId: string) =>
      callApi(accountsEndpoints.removePasskey, { params: { passkeyId } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: passkeysQueryKey }),
  });
}

/** Signs in with a passkey: no email, no password (the passkey names its account). */
export function usePasskeySignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () => {
      const body = await assertion(
        () => callApi(accountsEndpoints.passkeySignInOptions),
        "passkey",
      );
      return callApi(accountsEndpoints.signInWithPasskey, { body });
    },
    onSuccess: ({ user }) => {
      discardAllDrafts();
      queryClient.setQueryData(currentUserQueryKey, user);
    },
  });
}

/** A passkey's answer confirming a grave step (erasing the account), for its request body. */
export function confirmWithPasskey(): Promise<PasskeyAssertion> {
  return assertion(() => callApi(accountsEndpoints.passkeyConfirmationOptions), "passkey");
}

/**
 * A form's problem after a passkey step: the server's own words when the passkey was not
 * recognised (the usual "email and password do not match" would be wrong here), else as usual.
 */
export function passkeyProblemFrom(error: unknown, knownFields: readonly string[]): FormProblem {
  if (isApiError(error) && error.code === "invalid_credentials") {
    return { summary: error.message, fields: {} };
  }
  return formProblemFrom(error, knownFields);
}
