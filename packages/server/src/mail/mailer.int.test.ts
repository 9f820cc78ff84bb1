import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSmtpSink } from "../testing/smtp-sink.js";
import { MailNotConfiguredError, smtpMailer } from "./mailer.js";

let sink: Awaited<ReturnType<typeof startSmtpSink>>;
beforeAll(async () => {
  sink = await startSmtpSink();
});
afterAll(async () => {
  await sink.close();
});

describe("smtpMailer", () => {
  it("delivers a message to a real SMTP server", async () => {
    const mailer = smtpMailer(sink.url, "PainPlan <no-reply@painplan.example>");
    expect(mailer.isConfigured).toBe(true);
    await mailer.send({ to: "person@example.org", subject: "Hello", text: "Ça va ?" });
    expect(sink.received).toHaveLength(1);
    expect(sink.received[0]).toMatchObject({
      from: "no-reply@painplan.example",
      to: ["person@example.org"],
    });
    expect(sink.received[0]?.raw).toContain("Subject: Hello");
  });

  it("is off without SMTP_URL, and says so when asked to send", async () => {
    const mailer = smtpMailer(undefined, "no-reply@painplan.example");
    expect(mailer.isConfigured).toBe(false);
    await expect(mailer.send({ to: "a@example.org", subject: "x", text: "y" })).rejects.toThrow(
      MailNotConfiguredError,
    );
  });
});
