import { describe, expect, it } from "vitest";
import { toWinAnsi } from "./win-ansi.js";

describe("toWinAnsi", () => {
  it("keeps Latin letters, accents and typographic punctuation", () => {
    expect(toWinAnsi("Zoë Ça va – “café” €5")).toBe("Zoë Ça va – “café” €5");
  });

  it("replaces what the standard fonts cannot draw, one ? per character", () => {
    expect(toWinAnsi("李雷 Ωmega 🙂")).toBe("?? ?mega ?");
    expect(toWinAnsi("tab\there")).toBe("tab?here");
  });
});
