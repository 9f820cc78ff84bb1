import { noScopes } from "@painplan/core";
import { describe, expect, it } from "vitest";
import { changeInWords } from "./change-words";
import { sharedInWords } from "./scope-words";

describe("care-team words", () => {
  it("say what is shared, in the order of the settings, or that nothing is", () => {
    expect(sharedInWords(noScopes)).toBe("Nothing shared");
    expect(sharedInWords({ ...noScopes, safetySheet: true, plan: true })).toBe(
      "My plan, My safety sheet",
    );
  });

  it("say a suggested change in a line", () => {
    expect(changeInWords({ pressure: "light", notes: "Weekly." })).toBe(
      "pressure light · note: Weekly.",
    );
    expect(changeInWords({ pressure: null })).toBe("pressure not set");
  });
});
