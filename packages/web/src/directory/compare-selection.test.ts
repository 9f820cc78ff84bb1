import { describe, expect, test } from "vitest";
import { compareIdsFrom, compareParam, isCompareFull, toggleCompare } from "./compare-selection";

const a = "00000000-0000-4000-8000-00000000000a";
const b = "00000000-0000-4000-8000-00000000000b";
const c = "00000000-0000-4000-8000-00000000000c";
const d = "00000000-0000-4000-8000-00000000000d";

describe("compare selection in the address", () => {
  test("reads ids in order, each once, at most three, ignoring what is not an id", () => {
    expect(compareIdsFrom(null)).toEqual([]);
    expect(compareIdsFrom("")).toEqual([]);
    expect(compareIdsFrom(`${b},${a},${b},nonsense`)).toEqual([b, a]);
    expect(compareIdsFrom(`${a},${b},${c},${d}`)).toEqual([a, b, c]);
    expect(compareIdsFrom(` ${a.toUpperCase()} `)).toEqual([a]);
  });

  test("writes nothing for an empty selection", () => {
    expect(compareParam([])).toBeUndefined();
    expect(compareParam([a, b])).toBe(`${a},${b}`);
  });

  test("adds, removes, and refuses a fourth rather than dropping an earlier choice", () => {
    expect(toggleCompare([], a)).toEqual([a]);
    expect(toggleCompare([a, b], a)).toEqual([b]);
    const full = [a, b, c];
    expect(isCompareFull(full)).toBe(true);
    expect(toggleCompare(full, d)).toEqual(full);
    expect(toggleCompare(full, b)).toEqual([a, c]);
    expect(isCompareFull([a, b])).toBe(false);
  });

  test("what it writes it reads back", () => {
    const ids = toggleCompare(toggleCompare([], c), a);
    expect(compareIdsFrom(compareParam(ids) ?? null)).toEqual(ids);
  });
});
