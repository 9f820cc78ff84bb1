import { describe, expect, test } from "vitest";
import {
  directorySearchFrom,
  directorySearchParams,
  emptySearch,
  withOption,
  type DirectorySearch,
} from "./directory-search";

const issueSearch: DirectorySearch = {
  q: "neuropathy",
  near: "10001",
  radiusKm: 15,
  modality: "swedish-massage",
  sessionMinutes: 60,
  maxPrice: "80",
  sort: "fit",
  options: ["accepting", "gentle", "home-visits", "sliding-scale"],
  language: "",
};

describe("the directory search in the address", () => {
  test("no filters: a clean address", () => {
    expect(directorySearchParams(emptySearch).toString()).toBe("");
    expect(directorySearchFrom(new URLSearchParams())).toEqual(emptySearch);
  });

  test("issue 13's search survives a reload", () => {
    const params = directorySearchParams(issueSearch);
    expect(params.get("near")).toBe("10001");
    expect(params.get("has")).toBe("accepting,gentle,home-visits,sliding-scale");
    expect(params.get("within")).toBe("15");
    expect(params.has("length"), "the default session length is not written").toBe(false);
    expect(directorySearchFrom(new URLSearchParams(params.toString()))).toEqual(issueSearch);
  });

  test("the same filters make the same address, whatever order they were picked in", () => {
    const one = withOption(withOption(emptySearch, "online", true), "accepting", true);
    const other = withOption(withOption(emptySearch, "accepting", true), "online", true);
    expect(directorySearchParams(one).toString()).toBe(directorySearchParams(other).toString());
    expect(withOption(one, "online", false).options).toEqual(["accepting"]);
  });

  test("a hand-edited address falls back to the defaults instead of failing", () => {
    const search = directorySearchFrom(
      new URLSearchParams("within=0&length=45&sort=cheapest&has=accepting,teleport&therapy=reiki"),
    );
    expect(search.radiusKm).toBe(25);
    expect(search.sessionMinutes).toBe(60);
    expect(search.sort).toBe("fit");
    expect(search.options).toEqual(["accepting"]);
    expect(search.modality).toBeUndefined();
    expect(directorySearchFrom(new URLSearchParams("within=501")).radiusKm).toBe(25);
    expect(directorySearchFrom(new URLSearchParams("within=500")).radiusKm).toBe(500);
  });

  test("what other parts of the page keep (the compare list) rides along", () => {
    const params = directorySearchParams(emptySearch, { compare: "a,b", skip: undefined });
    expect(params.toString()).toBe("compare=a%2Cb");
  });
});
