import { describe, expect, it } from "vitest";
import { mayBeSignedIn } from "./sign-in-hint";

describe("mayBeSignedIn", () => {
  it("is false without the pp_csrf cookie", () => {
    expect(mayBeSignedIn("")).toBe(false);
    expect(mayBeSignedIn("theme=dark; pp_csrf_old=x")).toBe(false);
  });

  it("is true with it, wherever it is in the cookie header", () => {
    expect(mayBeSignedIn("theme=dark; pp_csrf=abc")).toBe(true);
  });
});
