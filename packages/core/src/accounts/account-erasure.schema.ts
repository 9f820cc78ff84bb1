import { z } from "zod";
import { passwordPolicy } from "./password-policy.js";

/**
 * Erasing one's own account: the current password again (re-authentication), so a browser left
 * signed in cannot erase someone's diary in one click.
 */
export const accountErasureRequestSchema = z.strictObject({
  password: z
    .string()
    .min(1, "Enter your password to confirm.")
    .max(passwordPolicy.maxLength, "That is not your password."),
});
export type AccountErasureRequest = z.infer<typeof accountErasureRequestSchema>;
