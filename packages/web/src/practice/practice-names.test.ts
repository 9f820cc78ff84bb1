import { practiceIds } from "@painplan/core";
import { describe, expect, it } from "vitest";
import { clockText, durationWords } from "./playable-step";
import {
  guidedLibrary,
  isPracticeId,
  libraryMinutes,
  playPath,
  practiceName,
  practiceSummary,
  routineMinutesOf,
} from "./practice-names";

describe("practice names and addresses", () => {
  it("names every practice a log entry can hold, with a summary", () => {
    for (const id of practiceIds) {
      expect(practiceName(id), id).not.toBe("");
      expect(practiceSummary(id), id).not.toBe("");
    }
    expect(practiceName("paced-breathing")).toBe("Paced breathing");
    expect(practiceName("gentle-yoga-10")).toBe("Gentle yoga (10 minutes)");
  });

  it("offers every guided practice from 1 to 20 minutes", () => {
    expect(guidedLibrary).toHaveLength(4);
    expect(libraryMinutes[0]).toBe(1);
    expect(libraryMinutes.at(-1)).toBe(20);
  });

  it("builds the player's address; a routine's length is in its id", () => {
    expect(playPath("paced-breathing", 3)).toBe("/practice/play/paced-breathing?minutes=3");
    expect(playPath("gentle-yoga-15", 15)).toBe("/practice/play/gentle-yoga-15");
    expect(routineMinutesOf("gentle-yoga-5")).toBe(5);
  });

  it("recognises only known practice ids", () => {
    expect(isPracticeId("body-scan")).toBe(true);
    expect(isPracticeId("yoga-tree")).toBe(false);
    expect(isPracticeId(undefined)).toBe(false);
  });
});

describe("time in the player", () => {
  it("shows minutes and seconds, and says them in words", () => {
    expect(clockText(125)).toBe("2:05");
    expect(clockText(0)).toBe("0:00");
    expect(clockText(-3)).toBe("0:00");
    expect(durationWords(180)).toBe("3 minutes");
    expect(durationWords(61)).toBe("1 minute 1 second");
    expect(durationWords(45)).toBe("45 seconds");
    expect(durationWords(0)).toBe("0 seconds");
  });
});
