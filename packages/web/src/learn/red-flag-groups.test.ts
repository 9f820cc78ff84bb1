import { redFlagIds, redFlags } from "@painplan/core";
import { describe, expect, test } from "vitest";
import { redFlagGroups } from "./red-flag-groups";

describe("the education page's warning signs", () => {
  const groups = redFlagGroups();
  const listed = groups.flatMap((group) => group.flags.map((flag) => flag.id));

  test("are the engine's red flags, each once (self-harm has its own section)", () => {
    expect([...listed, "self-harm-thoughts"].sort()).toEqual([...redFlagIds].sort());
  });

  test("carry the engine's urgency: nothing the engine calls same-day is filed as 'soon'", () => {
    for (const group of groups)
      for (const flag of group.flags)
        expect([flag.id, group.urgency]).toEqual([flag.id, redFlags[flag.id].urgency]);
    expect(groups.map((group) => group.heading).join(" ")).not.toMatch(/soon/i);
  });

  test("new pain after cancer, fever with a foot sore and lasting numbness are same-day", () => {
    const today = groups.find((group) => group.urgency === "urgent")?.flags.map((flag) => flag.id);
    expect(today).toEqual(
      expect.arrayContaining([
        "fever-with-back-pain-or-cancer-pain",
        "foot-sore-with-fever",
        "lasting-new-numbness",
      ]),
    );
  });
});
