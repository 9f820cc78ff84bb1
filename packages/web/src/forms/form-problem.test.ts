import { describe, expect, test } from "vitest";
import { ApiError } from "../api/api-error";
import { fieldErrorsInFormOrder, formProblemFrom, noProblem } from "./form-problem";

const fields = ["email", "password"];

describe("formProblemFrom", () => {
  test("no error, no problem", () => {
    expect(formProblemFrom(null, fields)).toBe(noProblem);
  });

  test("field errors go next to their fields, the first message per field", () => {
    const error = new ApiError(400, "validation_failed", "Invalid.", {
      fieldErrors: [
        { path: "password", message: "Use at least 12 characters." },
        { path: "password", message: "Second message." },
      ],
    });
    expect(formProblemFrom(error, fields)).toEqual({
      summary: undefined,
      fields: { password: "Use at least 12 characters." },
    });
  });

  test("errors for fields the form does not show are never dropped", () => {
    const error = new ApiError(400, "validation_failed", "Invalid.", {
      fieldErrors: [{ path: "", message: "Change at least one setting." }],
    });
    expect(formProblemFrom(error, fields).summary).toBe("Change at least one setting.");
  });

  test("errors without fields get a gentle summary", () => {
    const error = new ApiError(401, "invalid_credentials", "No match.");
    expect(formProblemFrom(error, fields).summary).toContain("do not match an account");
  });

  test("too many attempts says how long to wait, in minutes", () => {
    const error = new ApiError(429, "too_many_attempts", "Slow down.", { retryAfterSeconds: 61 });
    expect(formProblemFrom(error, fields).summary).toContain("about 2 minutes");
  });

  test("an unexpected failure still explains itself", () => {
    expect(formProblemFrom(new Error("boom"), fields).summary).toContain("What you typed is kept");
  });
});

describe("fieldErrorsInFormOrder", () => {
  test("the summary lists messages in the order of the form, not the order they arrived", () => {
    const targets = { recordedAt: {}, intensityNow: {}, "regions.0.intensity": {}, notes: {} };
    const fields = {
      notes: "Too long.",
      "regions.0.intensity": "Choose a number.",
      "": "Whole form.",
      recordedAt: "Enter a time.",
    };
    expect(fieldErrorsInFormOrder(fields, targets)).toEqual([
      ["recordedAt", "Enter a time."],
      ["regions.0.intensity", "Choose a number."],
      ["notes", "Too long."],
      ["", "Whole form."],
    ]);
  });
});
