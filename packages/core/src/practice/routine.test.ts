import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { assessTherapies } from "../safety/assess-safety.js";
import type { SafetyAnswers } from "../safety/safety-intake.schema.js";
import { answersArbitrary } from "../safety/testing/safety-facts.arbitrary.js";
import { allNoAnswers } from "../safety/testing/safety-intake.factory.js";
import { findPose, poses } from "./poses.js";
import { routineMinuteChoices, type RoutineMinutes } from "./practice-ids.js";
import { routineSchema } from "./practice.schema.js";
import { buildRoutine, maxRoundsPerPose } from "./routine.js";
import { forbiddenMovements, needsSupport } from "./routine-rules.js";

function routineFor(answers: SafetyAnswers, minutes: RoutineMinutes) {
  const verdicts = assessTherapies({ answers, preferences: {} });
  return { routine: buildRoutine({ answers, verdicts }, minutes), verdicts };
}

const minutesArbitrary = fc.constantFrom(...routineMinuteChoices);

describe("yoga routines assembled from the safety intake (issue 15, REFERENCE §3.3, §7 G3/G9)", () => {
  it("never holds an avoided or ask-first pose, nor a forbidden movement, over random intakes", () => {
    fc.assert(
      fc.property(answersArbitrary, minutesArbitrary, (answers, minutes) => {
        const { routine, verdicts } = routineFor(answers, minutes);
        expect(routineSchema.parse(routine)).toEqual(routine);
        const forbidden = forbiddenMovements(answers);
        for (const item of routine.poses) {
          const level = verdicts.find((verdict) => verdict.therapyId === item.poseId)?.level;
          expect(level === "avoid" || level === "ask-provider-first").toBe(false);
          const pose = findPose(item.poseId);
          const movements = item.variant === "standard" ? pose.movements : pose.variantMovements;
          expect(movements.filter((movement) => forbidden.has(movement))).toEqual([]);
          if (needsSupport(answers)) {
            expect(item.variant).not.toBe("standard");
            expect(movements).not.toContain("standing-balance");
          }
          if (level === "caution") expect(item.cautions.length).toBeGreaterThan(0);
          expect(item.rounds).toBeLessThanOrEqual(maxRoundsPerPose);
        }
        expect(routine.totalSeconds).toBeLessThanOrEqual(minutes * 60);
        expect(routine.shorterReason === null).toBe(routine.totalSeconds >= minutes * 54);
        const named = [
          ...routine.poses.map((p) => p.poseId),
          ...routine.leftOut.map((p) => p.poseId),
        ];
        expect(new Set(named).size).toBe(named.length);
      }),
      { numRuns: 300 },
    );
  });

  it("gives cat–cow and a forward fold, standard versions, to a person with nothing to watch for", () => {
    const { routine } = routineFor(allNoAnswers(), 10);
    const ids = routine.poses.map((pose) => pose.poseId);
    expect(ids).toContain("yoga-cat-cow");
    expect(ids).toContain("yoga-seated-forward-fold");
    expect(routine.poses.every((pose) => pose.variant === "standard")).toBe(true);
    expect(routine.leftOut).toEqual([]);
    expect(routine.shorterReason).toBeNull();
    expect(routine.totalSeconds).toBeGreaterThanOrEqual(540);
  });

  it("puts a person with poor balance on the chair and at the wall, and leaves tree pose out", () => {
    const { routine } = routineFor({ ...allNoAnswers(), fallsOrPoorBalance: "yes" }, 15);
    expect(routine.poses.length).toBeGreaterThan(0);
    expect(routine.poses.every((pose) => pose.variant === "chair" || pose.variant === "wall")).toBe(
      true,
    );
    expect(routine.poses.find((pose) => pose.poseId === "yoga-cat-cow")?.variant).toBe("chair");
    expect(routine.leftOut.map((pose) => pose.poseId)).toContain("yoga-tree");
    const mountain = routine.poses.find((pose) => pose.poseId === "yoga-mountain");
    expect(mountain?.cautions).toContain("Hold a chair or stand by a wall.");
  });

  it("leaves out every bending and twisting pose with weak bones", () => {
    const { routine } = routineFor({ ...allNoAnswers(), boneWeakness: "yes" }, 15);
    const bending = poses.filter((pose) =>
      pose.movements.some((m) => m === "loaded-spinal-flexion" || m === "spinal-rotation"),
    );
    const ids = routine.poses.map((pose) => pose.poseId);
    for (const pose of bending) expect(ids).not.toContain(pose.id);
    expect(ids).not.toContain("yoga-cat-cow");
    const catCow = routine.leftOut.find((pose) => pose.poseId === "yoga-cat-cow");
    expect(catCow?.level).toBe("ask-provider-first");
    expect(catCow?.reason).toMatch(
      /^Ask your provider before doing this one\. .*weakened vertebra/,
    );
  });

  it("returns an empty routine that says why when nothing is answered yet, never an error", () => {
    const { routine } = routineFor({}, 5);
    expect(routine.poses).toEqual([]);
    expect(routine.totalSeconds).toBe(0);
    expect(routine.shorterReason).toMatch(/no yoga pose/);
    expect(routine.leftOut.length).toBe(poses.length);
  });

  it("is shorter and says why when a foot wound rules out every standing pose and weak bones every bend", () => {
    const answers = {
      ...allNoAnswers(),
      boneWeakness: "yes" as const,
      diabetesFootProblems: "yes" as const,
    };
    const { routine } = routineFor(answers, 15);
    expect(routine.totalSeconds).toBeLessThan(15 * 60 * 0.9);
    expect(routine.shorterReason).toMatch(/instead of 15/);
    const standing = poses.filter((pose) => pose.movements.includes("standing")).map((p) => p.id);
    expect(routine.poses.filter((pose) => standing.includes(pose.poseId))).toEqual([]);
    expect(routine.leftOut.map((pose) => pose.poseId)).toEqual(expect.arrayContaining(standing));
  });
});
