import { passwordResetPolicy } from "@painplan/core";
import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { smtpMailer } from "../mail/mailer.js";
import { signedInPatient } from "../testing/accounts.js";
import { startSmtpSink } from "../testing/smtp-sink.js";
import { startTestApp, type TestApp } from "../testing/test-app.js";

let sink: Awaited<ReturnType<typeof startSmtpSink>>;
let testApp: TestApp;
const newPassword = "a brand new passphrase";

beforeAll(async () => {
  sink = await startSmtpSink();
  testApp = await startTestApp({
    mailer: smtpMailer(sink.url, "PainPlan <no-reply@painplan.test>"),
  });
});
afterAll(async () => {
  await testApp.close();
  await sink.close();
});

/** The token of the reset link in the last message sent to `email` (quoted-printable undone). */
function tokenMailedTo(email: string): string {
  const mail = sink.received.findLast((message) => message.to.includes(email));
  if (mail === undefined) throw new Error(`no mail to ${email}`);
  const text = mail.raw.replace(/=\r?\n/g, "").replace(/=3D/g, "=");
  const match = /\/reset-password#token=([A-Za-z0-9_-]+)/.exec(text);
  if (match?.[1] === undefined) throw new Error("no reset link in the mail");
  return match[1];
}

async function requestReset(email: string) {
  return testApp.client("10.60.0.1").post("/api/auth/password-reset-requests", { email });
}

describe("password reset by e-mail", () => {
  it("answers the same whether or not the email has an account; only a real one gets mail", async () => {
    const { user } = await signedInPatient(testApp);
    const known = await requestReset(user.email);
    const unknown = await requestReset("nobody-here@example.org");
    expect(known.statusCode).toBe(200);
    expect(unknown.statusCode).toBe(200);
    expect(unknown.body).toBe(known.body);
    expect(sink.received.filter((mail) => mail.to.includes("nobody-here@example.org"))).toEqual([]);
    const token = tokenMailedTo(user.email);
    expect(Buffer.from(token, "base64url")).toHaveLength(passwordResetPolicy.tokenBytes);
    const mail = sink.received.findLast((message) => message.to.includes(user.email));
    expect(mail?.raw).toContain("http://painplan.test/reset-password#token=");
  });

  it("stores only the token's SHA-256", async () => {
    const { user } = await signedInPatient(testApp);
    await requestReset(user.email);
    const token = tokenMailedTo(user.email);
    const rows = await testApp.database.db
      .selectFrom("password_resets")
      .select("token_hash")
      .execute();
    const hashes = rows.map((row) => row.token_hash);
    expect(hashes).toContain(createHash("sha256").update(token).digest("hex"));
    expect(hashes).not.toContain(token);
  });

  it("sets the new password once, ends every session, and the link cannot be used again", async () => {
    const { client, user, password } = await signedInPatient(testApp);
    const elsewhere = testApp.client("10.60.0.9");
    await elsewhere.post("/api/auth/sign-in", { email: user.email, password });
    await requestReset(user.email);
    const token = tokenMailedTo(user.email);

    const reset = await testApp.client().post("/api/auth/password-reset", { token, newPassword });
    expect(reset.statusCode).toBe(204);
    expect((await client.get("/api/me")).statusCode).toBe(401);
    expect((await elsewhere.get("/api/me")).statusCode).toBe(401);
    const withOld = await testApp
      .client()
      .post("/api/auth/sign-in", { email: user.email, password });
    expect(withOld.statusCode).toBe(401);
    const withNew = await testApp
      .client()
      .post("/api/auth/sign-in", { email: user.email, password: newPassword });
    expect(withNew.statusCode).toBe(200);

    const again = await testApp
      .client()
      .post("/api/auth/password-reset", { token, newPassword: "yet another passphrase" });
    expect(again.statusCode).toBe(400);
    expect(again.json()).toMatchObject({ error: { code: "reset_link_invalid" } });
  });

  it("two simultaneous uses of one link: exactly one succeeds", async () => {
    const { user } = await signedInPatient(testApp);
    await requestReset(user.email);
    const token = tokenMailedTo(user.email);
    const answers = await Promise.all(
      ["first passphrase here", "second passphrase here"].map((candidate) =>
        testApp.client().post("/api/auth/password-reset", { token, newPassword: candidate }),
      ),
    );
    expect(answers.map((answer) => answer.statusCode).sort()).toEqual([204, 400]);
  });

  it("expires after 30 minutes", async () => {
    const { user, password } = await signedInPatient(testApp);
    await requestReset(user.email);
    const token = tokenMailedTo(user.email);
    testApp.clock.advance(passwordResetPolicy.lifetimeMs);
    const late = await testApp.client().post("/api/auth/password-reset", { token, newPassword });
    expect(late.statusCode).toBe(400);
    expect(late.json()).toMatchObject({ error: { code: "reset_link_invalid" } });
    const stillOld = await testApp
      .client()
      .post("/api/auth/sign-in", { email: user.email, password });
    expect(stillOld.statusCode).toBe(200);
  });
});

describe("without SMTP", () => {
  it("says that e-mail is not set up here and whom to ask, for any email", async () => {
    const offline = await startTestApp();
    try {
      const { user } = await signedInPatient(offline);
      const answer = await offline
        .client()
        .post("/api/auth/password-reset-requests", { email: user.email });
      expect(answer.statusCode).toBe(503);
      expect(answer.json()).toMatchObject({
        error: {
          code: "service_unavailable",
          message: expect.stringContaining("reset-password") as unknown,
        },
      });
      const unknown = await offline
        .client()
        .post("/api/auth/password-reset-requests", { email: "nobody@example.org" });
      expect(unknown.body).toBe(answer.body);
    } finally {
      await offline.close();
    }
  });
});
