import nodemailer from "nodemailer";

/** One e-mail to send: plain text always (read by every client and screen reader), HTML optional. */
export type OutgoingMail = { to: string; subject: string; text: string; html?: string };

/**
 * Sends e-mail over SMTP. `isConfigured` is false when no `SMTP_URL` is set: features that
 * need e-mail then say so to the person instead of failing quietly, and `send` throws.
 */
export type Mailer = { isConfigured: boolean; send(mail: OutgoingMail): Promise<void> };

export class MailNotConfiguredError extends Error {}

/**
 * A mailer over `smtpUrl` (`smtp://user:pass@host:587`, `smtps://…:465`; nodemailer's URL
 * format), sending from `from`. Without a URL, a mailer that is off.
 */
export function smtpMailer(smtpUrl: string | undefined, from: string): Mailer {
  if (smtpUrl === undefined) {
    return {
      isConfigured: false,
      send: () => Promise.reject(new MailNotConfiguredError("SMTP_URL is not set.")),
    };
  }
  const transport = nodemailer.createTransport(smtpUrl);
  return {
    isConfigured: true,
    async send(mail) {
      await transport.sendMail({ from, ...mail });
    },
  };
}
