import { describe, expect, test } from "vitest";
import { verificationWords } from "./verification-words";

const today = "2026-11-30";

describe("how sure a directory field is, in words", () => {
  test("verified: when and by whom", () => {
    expect(
      verificationWords(
        { verifiedOn: "2026-08-28", verifiedBy: "the PainPlan team", isStale: false },
        today,
      ),
    ).toEqual({ state: "verified", text: "verified 3 months ago by the PainPlan team" });
    expect(
      verificationWords({ verifiedOn: "2026-11-30", verifiedBy: null, isStale: false }, today).text,
    ).toBe("verified today");
  });

  test("stale data says it may be out of date", () => {
    expect(
      verificationWords({ verifiedOn: "2024-10-01", verifiedBy: "", isStale: true }, today),
    ).toEqual({ state: "stale", text: "last checked 2 years ago: may be out of date" });
  });

  test("never checked: says so, and what to do", () => {
    expect(verificationWords({ verifiedOn: null, verifiedBy: null, isStale: true }, today)).toEqual(
      { state: "unverified", text: "not verified: ask them" },
    );
  });
});
