import { describe, expect, test } from "vitest";
import { unverified, verificationWords, type VerificationFacts } from "./verification-words";

const today = "2026-11-30";
const admin: VerificationFacts = {
  verifiedOn: "2026-08-28",
  verifiedByName: "Admin Ada",
  source: "admin",
  isConfirmed: true,
};

describe("how sure a directory field is, in words", () => {
  test("an admin's check: when and by whom", () => {
    expect(verificationWords(admin, today)).toEqual({
      state: "verified",
      text: "verified 3 months ago by Admin Ada",
    });
    expect(verificationWords({ ...admin, verifiedOn: today }, today).text).toBe(
      "verified today by Admin Ada",
    );
  });

  test("the therapist's own word and an import say where they come from", () => {
    expect(verificationWords({ ...admin, source: "self", verifiedByName: "" }, today)).toEqual({
      state: "self",
      text: "said by the therapist 3 months ago, not checked by us",
    });
    expect(
      verificationWords({ ...admin, source: "import", verifiedByName: "NPPES file" }, today).text,
    ).toBe("from NPPES file, 3 months ago");
  });

  test("older than a year is stale, whoever checked it", () => {
    expect(verificationWords({ ...admin, verifiedOn: "2024-10-01" }, today)).toEqual({
      state: "stale",
      text: "last checked 2 years ago: may be out of date",
    });
    // 365 days is still within the limit; 366 is not (core's staleAfterDays).
    expect(verificationWords({ ...admin, verifiedOn: "2025-11-30" }, today).state).toBe("verified");
    expect(verificationWords({ ...admin, verifiedOn: "2025-11-29" }, today).state).toBe("stale");
  });

  test("a check that failed says so", () => {
    expect(verificationWords({ ...admin, isConfirmed: false }, today)).toEqual({
      state: "not-confirmed",
      text: "could not be confirmed (checked 3 months ago by Admin Ada)",
    });
  });

  test("never checked: says so, and what to do", () => {
    expect(verificationWords(unverified, today)).toEqual({
      state: "unverified",
      text: "not verified: ask them",
    });
  });
});
