import { describe, expect, it } from "vitest";
import {
  followUpAnswerRequestSchema,
  logSessionRequestSchema,
  updateSessionRequestSchema,
} from "./sessions.schema.js";

const valid = {
  idempotencyKey: "6f1f3a4e-3c9b-4b53-9d1e-2f0a6b2c8d11",
  startedAt: "2026-03-29T09:00:00+02:00",
  durationMinutes: 60,
  therapyId: "swedish-massage",
};

function pathsOf(input: unknown, schema = logSessionRequestSchema) {
  const result = schema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => issue.path.join("."));
}

describe("the session log request", () => {
  it("needs only a key, a start, a length and a therapy; the rest defaults", () => {
    const parsed = logSessionRequestSchema.parse(valid);
    expect(parsed).toMatchObject({
      startedAt: "2026-03-29T07:00:00.000Z",
      customName: null,
      planItemId: null,
      techniques: [],
      painBefore: null,
      charge: null,
    });
  });

  it.each([
    [{ durationMinutes: 0 }, "durationMinutes"],
    [{ durationMinutes: 481 }, "durationMinutes"],
    [{ durationMinutes: 30.5 }, "durationMinutes"],
    [{ painBefore: 11 }, "painBefore"],
    [{ painAfter: -1 }, "painAfter"],
    [{ painAfter: 2.5 }, "painAfter"],
    [{ regionPain: [{ regionId: "left-sole", before: 12, after: 3 }] }, "regionPain.0.before"],
    [{ customName: "Cupping" }, "therapyId"],
    [{ planItemId: "6f1f3a4e-3c9b-4b53-9d1e-2f0a6b2c8d12" }, "occurrenceStart"],
    [{ sideEffects: ["flare", "flare"] }, "sideEffects"],
    [{ areas: ["no-such-area"] }, "areas.0"],
    [
      { charge: { price: { amountMinor: -1, currency: "USD" }, paidBy: "self" } },
      "charge.price.amountMinor",
    ],
    [
      { charge: { price: { amountMinor: 9000, currency: "usd" }, paidBy: "self" } },
      "charge.price.currency",
    ],
    [{ extra: 1 }, ""],
  ])("refuses %j on %s", (change, path) => {
    expect(pathsOf({ ...valid, ...change })).toContain(path);
  });

  it("a change needs at least one field and keeps the same bounds", () => {
    expect(pathsOf({}, updateSessionRequestSchema as never)).toEqual([""]);
    expect(pathsOf({ painAfter: 11 }, updateSessionRequestSchema as never)).toEqual(["painAfter"]);
  });

  it("a change may replace the charge (checked like a logged one) or remove it with null", () => {
    const price = { amountMinor: 8000, currency: "EUR" };
    expect(updateSessionRequestSchema.parse({ charge: { price, paidBy: "self" } })).toEqual({
      charge: { price, paidBy: "self", packageId: null, receiptNote: null },
    });
    expect(updateSessionRequestSchema.parse({ charge: null })).toEqual({ charge: null });
    expect(
      pathsOf({ charge: { price, paidBy: "package" } }, updateSessionRequestSchema as never),
    ).toEqual(["charge.packageId"]);
  });

  it("a follow-up answer is pain now and better/same/worse; the note is optional", () => {
    expect(followUpAnswerRequestSchema.parse({ painNow: 4, comparedWithBefore: "better" })).toEqual(
      {
        painNow: 4,
        comparedWithBefore: "better",
        note: "",
      },
    );
    expect(
      pathsOf({ painNow: 4, comparedWithBefore: "fine" }, followUpAnswerRequestSchema as never),
    ).toEqual(["comparedWithBefore"]);
  });
});
