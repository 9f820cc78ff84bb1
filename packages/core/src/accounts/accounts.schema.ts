import { z } from "zod";
import { passkeyAssertionSchema } from "./passkeys.schema.js";
import { passwordPolicy } from "./password-policy.js";
import { roles, selfServiceRoles } from "../authorization/roles.js";
import { personText } from "../text/text.schema.js";
import { canonicalTimeZone } from "../time/time-zone.js";
import { personCountrySchema } from "./country.js";

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, "An email address has at most 254 characters.")
  .pipe(z.email("Enter an email address like name@example.org."));

export const passwordSchema = z
  .string()
  .min(passwordPolicy.minLength, `Use at least ${passwordPolicy.minLength} characters.`)
  .max(passwordPolicy.maxLength, `Use at most ${passwordPolicy.maxLength} characters.`);

export const displayNameSchema = personText({
  maxLength: 80,
  label: "The name",
  minLength: 1,
  isTrimmed: true,
});

export const timeZoneSchema = z
  .string()
  .max(64, "A time zone name has at most 64 characters.")
  .transform((value, context) => {
    const canonical = canonicalTimeZone(value);
    if (canonical === undefined) {
      context.addIssue({ code: "custom", message: "Choose a time zone such as Europe/Paris." });
      return z.NEVER;
    }
    return canonical;
  });

export const roleSchema = z.enum(roles);

export const registerRequestSchema = z.strictObject({
  email: emailSchema,
  password: passwordSchema,
  displayName: displayNameSchema,
  timeZone: timeZoneSchema,
  /** ISO 3166-1 alpha-2, or null for "somewhere else"; absent: guessed from the time zone. */
  country: personCountrySchema.optional(),
  role: z.enum(selfServiceRoles),
});
export type RegisterRequest = z.input<typeof registerRequestSchema>;

export const signInRequestSchema = z.strictObject({
  email: emailSchema,
  // Any length is checked against the hash; the cap only bounds the work.
  password: z.string().min(1, "Enter your password.").max(passwordPolicy.maxLength),
});
export type SignInRequest = z.input<typeof signInRequestSchema>;

export const updateProfileRequestSchema = z
  .strictObject({
    displayName: displayNameSchema.optional(),
    timeZone: timeZoneSchema.optional(),
    /** ISO 3166-1 alpha-2, or null for "somewhere else" (the crisis panel's generic guidance). */
    country: personCountrySchema.optional(),
  })
  .refine((body) => [body.displayName, body.timeZone, body.country].some((v) => v !== undefined), {
    error: "Change at least one setting.",
  });
export type UpdateProfileRequest = z.input<typeof updateProfileRequestSchema>;

/**
 * A new password, confirmed by the current one or, instead, by one of the account's passkeys
 * (exactly one of the two).
 */
export const changePasswordRequestSchema = z
  .strictObject({
    currentPassword: z
      .string()
      .min(1, "Enter your current password.")
      .max(passwordPolicy.maxLength)
      .optional(),
    passkey: passkeyAssertionSchema
      .optional()
      .describe(
        "A passkey's answer to a confirmation challenge (instead of the current password).",
      ),
    newPassword: passwordSchema,
  })
  .superRefine((value, context) => {
    if (value.currentPassword === undefined && value.passkey === undefined) {
      context.addIssue({
        code: "custom",
        path: ["currentPassword"],
        message: "Enter your current password.",
      });
    }
    if (value.currentPassword !== undefined && value.passkey !== undefined) {
      context.addIssue({
        code: "custom",
        path: ["passkey"],
        message: "Confirm with your current password or a passkey, not both.",
      });
    }
  });
export type ChangePasswordRequest = z.input<typeof changePasswordRequestSchema>;

export const passwordResetRequestSchema = z.strictObject({ email: emailSchema });
export type PasswordResetRequest = z.input<typeof passwordResetRequestSchema>;

export const passwordResetRequestedResponseSchema = z.object({
  message: z.string().describe("The same words whether or not an account uses the email."),
});

export const passwordResetSchema = z.strictObject({
  token: z.string().min(1, "This reset link is incomplete.").max(100),
  newPassword: passwordSchema,
});
export type PasswordReset = z.input<typeof passwordResetSchema>;

export const userSchema = z.object({
  id: z.uuid(),
  email: z.string(),
  displayName: z.string(),
  timeZone: z.string(),
  /** ISO 3166-1 alpha-2 or null (unknown): picks the crisis lines (REFERENCE §8). */
  country: z.string().nullable(),
  role: roleSchema,
  createdAt: z.iso.datetime(),
});
export type User = z.infer<typeof userSchema>;

export const meResponseSchema = z.object({ user: userSchema });
export type MeResponse = z.infer<typeof meResponseSchema>;

export const userListQuerySchema = z.strictObject({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});

export const userListResponseSchema = z.object({
  users: z.array(userSchema),
  total: z.number().int(),
});
export type UserListResponse = z.infer<typeof userListResponseSchema>;
