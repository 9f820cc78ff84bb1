import { describe, expect, test } from "vitest";
import { safeNextPath, signInPathFor } from "./next-path";

describe("safeNextPath", () => {
  test.each([
    ["/settings", "/settings"],
    ["/diary?day=2025-01-02", "/diary?day=2025-01-02"],
    [null, "/"],
    ["", "/"],
  ])("keeps paths on this site: %s", (raw, expected) => {
    expect(safeNextPath(raw)).toBe(expected);
  });

  test.each(["//evil.example/", "/\\evil.example", "https://evil.example/", "javascript:alert(1)"])(
    "refuses to leave the site: %s",
    (raw) => {
      expect(safeNextPath(raw)).toBe("/");
    },
  );

  test.each(["/sign-in", "/register?next=/settings", "/sign-in#top"])(
    "never loops back to the account pages: %s",
    (raw) => {
      expect(safeNextPath(raw)).toBe("/");
    },
  );
});

describe("signInPathFor", () => {
  test("adds where to come back to, except for the dashboard", () => {
    expect(signInPathFor("/settings")).toBe("/sign-in?next=%2Fsettings");
    expect(signInPathFor("/")).toBe("/sign-in");
  });
});
