import { z } from "zod";
import { passwordPolicy } from "./password-policy.js";
import { passkeyAssertionSchema } from "./passkeys.schema.js";

/**
 * Erasing one's own account: the password again, or one of the account's passkeys
 * (re-authentication), so a browser left signed in cannot erase someone's diary in one click.
 * Exactly one of the two.
 */
export const accountErasureRequestSchema = z
  .strictObject({
    password: z
      .string()
      .min(1, "Enter your password to confirm.")
      .max(passwordPolicy.maxLength, "That is not your password.")
      .optional(),
    passkey: passkeyAssertionSchema
      .optional()
      .describe("A passkey's answer to a confirmation challenge (instead of the password)."),
  })
  .superRefine((value, context) => {
    if (value.password === undefined && value.passkey === undefined) {
      context.addIssue({
        code: "custom",
        path: ["password"],
        message: "Enter your password to confirm.",
      });
    }
    if (value.password !== undefined && value.passkey !== undefined) {
      context.addIssue({
        code: "custom",
        path: ["passkey"],
        message: "Confirm with your password or a passkey, not both.",
      });
    }
  });
export type AccountErasureRequest = z.infer<typeof accountErasureRequestSchema>;
