import { describe, expect, test } from "vitest";
import { librarySearchFrom, librarySearchParams } from "./library-search";

describe("the library search in the address", () => {
  test("defaults: no words, every kind, every therapy", () => {
    expect(librarySearchFrom(new URLSearchParams())).toEqual({
      q: "",
      kind: undefined,
      onlySuitable: false,
    });
    expect(librarySearchParams({ q: "", kind: undefined, onlySuitable: false }).toString()).toBe(
      "",
    );
  });

  test("round trip", () => {
    const search = { q: "chair", kind: "yoga", onlySuitable: true } as const;
    expect(librarySearchFrom(librarySearchParams(search))).toEqual(search);
  });

  test("an unknown kind in a pasted address is ignored, not an error", () => {
    expect(librarySearchFrom(new URLSearchParams("kind=surgery")).kind).toBeUndefined();
  });
});
