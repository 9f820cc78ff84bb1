import { z } from "zod";
import { personText } from "../text/text.schema.js";

/**
 * Passkeys (WebAuthn Level 2/3, https://www.w3.org/TR/webauthn-3/): sign in and confirm grave
 * steps with the device's screen lock instead of a typed password. The browser's messages travel
 * as the JSON forms the W3C spec defines (`PublicKeyCredential.toJSON()`), binary as base64url.
 */

/** How long a challenge may be answered: 5 minutes (WebAuthn recommends 300 s to 600 s). */
export const passkeyChallengeSeconds = 300;

/** At most this many passkeys per account (a phone, a laptop, a security key or two…). */
export const maxPasskeysPerAccount = 20;

const base64url = (max: number) =>
  z
    .string()
    .max(max, "This passkey answer is too long.")
    .regex(/^[A-Za-z0-9_-]*$/, "This passkey answer is not base64url.");

const challengeIdSchema = z
  .string()
  .regex(/^[A-Za-z0-9_-]{1,64}$/, "This passkey request is not valid; try again.");

const transportSchema = z.enum(["ble", "cable", "hybrid", "internal", "nfc", "smart-card", "usb"]);

/** The browser's answer to "create a passkey" (RegistrationResponseJSON). */
export const passkeyRegistrationCredentialSchema = z.looseObject({
  id: base64url(1_024).min(1, "The passkey answer has no id."),
  rawId: base64url(1_024),
  type: z.literal("public-key"),
  response: z.looseObject({
    clientDataJSON: base64url(4_096),
    attestationObject: base64url(16_384),
    transports: z.array(transportSchema).max(10).optional(),
  }),
  clientExtensionResults: z.looseObject({}),
  authenticatorAttachment: z.enum(["platform", "cross-platform"]).optional(),
});

/** The browser's answer to "sign with a passkey" (AuthenticationResponseJSON). */
export const passkeyAuthenticationCredentialSchema = z.looseObject({
  id: base64url(1_024).min(1, "The passkey answer has no id."),
  rawId: base64url(1_024),
  type: z.literal("public-key"),
  response: z.looseObject({
    clientDataJSON: base64url(4_096),
    authenticatorData: base64url(4_096),
    signature: base64url(2_048),
    userHandle: base64url(512).optional(),
  }),
  clientExtensionResults: z.looseObject({}),
  authenticatorAttachment: z.enum(["platform", "cross-platform"]).optional(),
});
export type PasskeyAuthenticationCredential = z.infer<typeof passkeyAuthenticationCredentialSchema>;

/**
 * Options for the browser (PublicKeyCredentialCreationOptionsJSON or …RequestOptionsJSON, as
 * `@simplewebauthn/browser` takes them) and the id of the challenge they hold.
 */
export const passkeyOptionsResponseSchema = z.object({
  challengeId: z.string(),
  options: z.record(z.string(), z.unknown()),
});
export type PasskeyOptionsResponse = z.infer<typeof passkeyOptionsResponseSchema>;

/** A passkey answer to a challenge the server gave (sign-in or confirming a grave step). */
export const passkeyAssertionSchema = z.strictObject({
  challengeId: challengeIdSchema,
  credential: passkeyAuthenticationCredentialSchema,
});
export type PasskeyAssertion = z.infer<typeof passkeyAssertionSchema>;

export const passkeyNameSchema = personText({
  maxLength: 60,
  minLength: 1,
  label: "The passkey's name",
  isTrimmed: true,
});

export const passkeyRegistrationRequestSchema = z.strictObject({
  challengeId: challengeIdSchema,
  credential: passkeyRegistrationCredentialSchema,
  name: passkeyNameSchema.describe('What the person calls it, e.g. "My phone".'),
});
export type PasskeyRegistrationRequest = z.infer<typeof passkeyRegistrationRequestSchema>;

export const passkeySchema = z.object({
  id: z.string().describe("The credential id (base64url)."),
  name: z.string(),
  createdAt: z.iso.datetime(),
  lastUsedAt: z.iso.datetime().nullable(),
});
export type Passkey = z.infer<typeof passkeySchema>;

export const passkeyResponseSchema = z.object({ passkey: passkeySchema });
export const passkeyListResponseSchema = z.object({ passkeys: z.array(passkeySchema) });
export type PasskeyList = z.infer<typeof passkeyListResponseSchema>;

export const passkeyIdParamsSchema = z.strictObject({
  passkeyId: base64url(1_024).min(1, "Which passkey?"),
});
