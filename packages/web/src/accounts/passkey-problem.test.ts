import { describe, expect, test } from "vitest";
import { ApiError } from "../api/api-error";
import { passkeyProblemFrom } from "./passkey-mutations";

describe("passkeyProblemFrom", () => {
  test("an unrecognised passkey says so, not 'email and password do not match'", () => {
    const error = new ApiError(401, "invalid_credentials", "That passkey was not recognised.");
    const problem = passkeyProblemFrom(error, ["password"]);
    expect(problem.summary).toBe("That passkey was not recognised.");
    expect(problem.summary).not.toContain("email");
  });

  test("other problems are shown as any form shows them, on their fields", () => {
    const error = new ApiError(400, "wrong_password", "That is not your password.", {
      fieldErrors: [{ path: "password", message: "That is not your password." }],
    });
    expect(passkeyProblemFrom(error, ["password"]).fields).toEqual({
      password: "That is not your password.",
    });
  });
});
