import type { Mailer } from "../mail/mailer.js";
import type { IssuedPasswordReset, ResetLinkSender } from "./password-reset.service.js";

/** The link a person opens; the token rides in the fragment, which browsers never send or log. */
export function passwordResetLink(publicUrl: string, token: string): string {
  return `${publicUrl}/reset-password#token=${token}`;
}

/** Mails reset links when SMTP is configured; `undefined` (say so instead) when it is not. */
export function resetLinkSender(mailer: Mailer, publicUrl: string): ResetLinkSender | undefined {
  if (!mailer.isConfigured) return undefined;
  return (reset: IssuedPasswordReset) =>
    mailer.send({
      to: reset.email,
      subject: "Choose a new PainPlan password",
      text: [
        "Someone (we hope you) asked to choose a new password for your PainPlan account.",
        "",
        `Open this link within 30 minutes to choose it; it works once:`,
        passwordResetLink(publicUrl, reset.token),
        "",
        "If it was not you, ignore this message: your password stays as it is.",
      ].join("\n"),
    });
}
