import { expect, test } from "vitest";
import { draftFromIntake } from "./intake-draft";
import { setAnswer, setPreference, setRedFlag } from "./draft-updates";

const empty = draftFromIntake({ answers: {}, preferences: {} });

test("blank text removes the answer instead of storing an invalid empty one", () => {
  const typed = setAnswer("bloodThinnerNames", "warfarin")(empty);
  expect(typed.answers.bloodThinnerNames).toBe("warfarin");
  expect(setAnswer("bloodThinnerNames", "  ")(typed).answers).not.toHaveProperty(
    "bloodThinnerNames",
  );
  expect(setPreference("discomfortSignal", "")(empty).preferences).toEqual({});
});

test("red flags are kept side by side", () => {
  const one = setRedFlag("spreading-weakness", "no")(empty);
  const two = setRedFlag("self-harm-thoughts", "not-sure")(one);
  expect(two.answers.redFlags).toEqual({
    "spreading-weakness": "no",
    "self-harm-thoughts": "not-sure",
  });
});
