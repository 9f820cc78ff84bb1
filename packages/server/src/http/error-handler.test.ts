import Fastify from "fastify";
import { describe, expect, it } from "vitest";
import { ApiError } from "../errors/api-error.js";
import { describeFailure, registerErrorHandling } from "./error-handler.js";

function appThatThrows(error: Error) {
  const app = Fastify({ logger: false });
  registerErrorHandling(app);
  app.get("/boom", () => {
    throw error;
  });
  return app;
}

describe("error handling", () => {
  it("logs an unexpected error's kind and place, never its message or details", () => {
    const error = Object.assign(new Error("duplicate key (email)=(someone@example.org)"), {
      code: "23505",
      detail: "Key (email)=(someone@example.org) already exists.",
    });
    const logged = JSON.stringify(describeFailure(error));
    expect(logged).toContain('"code":"23505"');
    expect(logged).toContain("error-handler.test.ts");
    expect(logged).not.toContain("someone@example.org");
  });

  it("turns an unexpected error into a 500 with the uniform body and no stack or message leak", async () => {
    const response = await appThatThrows(new Error("secret detail from /srv/db.ts:42")).inject(
      "/boom",
    );
    expect(response.statusCode).toBe(500);
    expect(response.json()).toEqual({
      error: { code: "internal_error", message: "Something went wrong on our side." },
    });
    expect(response.body).not.toContain("secret detail");
  });

  it("answers a write that lost a race the database settled with 409 write_conflict, not 500", async () => {
    for (const code of ["23505", "SQLITE_CONSTRAINT_UNIQUE", "40001", "40P01"]) {
      const error = Object.assign(new Error("duplicate key (version)=(4)"), { code });
      const response = await appThatThrows(error).inject("/boom");
      expect(response.statusCode, code).toBe(409);
      expect(response.json<{ error: { code: string } }>().error.code).toBe("write_conflict");
      expect(response.body).not.toContain("duplicate key");
    }
  });

  it("passes an ApiError through with its status, details and Retry-After", async () => {
    const error = new ApiError("too_many_attempts", "Wait a little.", { retryAfterSeconds: 90 });
    const response = await appThatThrows(error).inject("/boom");
    expect(response.statusCode).toBe(429);
    expect(response.headers["retry-after"]).toBe("90");
    expect(response.json()).toEqual({
      error: {
        code: "too_many_attempts",
        message: "Wait a little.",
        details: { retryAfterSeconds: 90 },
      },
    });
  });
});
