import { describe, expect, it } from "vitest";
import { mostSevere, severityOf, verdictLevels } from "./verdict-level.js";

describe("verdict levels", () => {
  it("orders ok < caution < ask-provider-first < avoid", () => {
    expect(verdictLevels.map(severityOf)).toEqual([0, 1, 2, 3]);
    expect(verdictLevels).toEqual(["ok", "caution", "ask-provider-first", "avoid"]);
  });

  it("combines by the most severe, ok when nothing is said", () => {
    expect(mostSevere([])).toBe("ok");
    expect(mostSevere(["caution", "avoid", "ask-provider-first"])).toBe("avoid");
    expect(mostSevere(["caution", "ask-provider-first", "ok"])).toBe("ask-provider-first");
  });
});
