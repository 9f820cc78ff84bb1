import { expect, test } from "vitest";
import { groupByKind } from "./library-groups";

test("groups keep the library's kind order and the order they were given; empty kinds left out", () => {
  const groups = groupByKind([
    { id: "b", kind: "yoga" as const },
    { id: "a", kind: "massage" as const },
    { id: "c", kind: "yoga" as const },
  ]);
  expect(groups.map((group) => [group.kind, group.therapies.map((t) => t.id)])).toEqual([
    ["massage", ["a"]],
    ["yoga", ["b", "c"]],
  ]);
});
