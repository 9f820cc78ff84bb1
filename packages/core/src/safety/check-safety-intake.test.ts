import { describe, expect, it } from "vitest";
import type { SafetyIntakeContent } from "./safety-intake.schema.js";
import { checkSafetyIntake } from "./check-safety-intake.js";
import { anIntake } from "./testing/safety-intake.factory.js";

const now = new Date("2026-03-29T00:30:00.000Z");

function content(intake = anIntake(), status: SafetyIntakeContent["status"] = "complete") {
  const { answers, preferences } = intake.build();
  return { status, answers, preferences };
}

const paths = (errors: { path: string }[]) => errors.map((error) => error.path);

describe("checkSafetyIntake", () => {
  it("accepts a complete intake with everything answered", () => {
    expect(checkSafetyIntake(content(), now)).toEqual([]);
  });

  it("accepts a half-done intake saved in progress", () => {
    expect(
      checkSafetyIntake(
        { status: "in-progress", answers: { epilepsy: "no" }, preferences: {} },
        now,
      ),
    ).toEqual([]);
  });

  it("refuses details that contradict a no", () => {
    const intake = anIntake().with({
      recentSurgery: "no",
      recentSurgeryDate: "2026-03-01",
      implantedDevice: "no",
      implantedDeviceKinds: ["pacemaker"],
    });
    expect(paths(checkSafetyIntake(content(intake, "in-progress"), now))).toEqual([
      "answers.recentSurgeryDate",
      "answers.implantedDeviceKinds",
    ]);
  });

  it("allows an empty list next to a no", () => {
    const intake = anIntake().with({ bloodClot: "no", bloodClotRegionIds: [] });
    expect(checkSafetyIntake(content(intake), now)).toEqual([]);
  });

  it("refuses a surgery date in the future for everyone, accepts today anywhere on Earth", () => {
    const surgery = { recentSurgery: "yes" as const, recentSurgeryRegionIds: ["abdomen"] };
    const tomorrowInKiribati = anIntake().with({ ...surgery, recentSurgeryDate: "2026-03-29" });
    expect(checkSafetyIntake(content(tomorrowInKiribati), now)).toEqual([]);
    const future = anIntake().with({ ...surgery, recentSurgeryDate: "2026-03-30" });
    expect(checkSafetyIntake(content(future), now)).toEqual([
      { path: "answers.recentSurgeryDate", message: "This date is in the future." },
    ]);
  });

  it("lists every missing answer of a complete intake, unanswered is never taken as no", () => {
    const errors = checkSafetyIntake(
      { status: "complete", answers: { pregnancy: "no" }, preferences: {} },
      now,
    );
    expect(paths(errors)).toContain("answers.bloodThinners");
    expect(paths(errors)).toContain("answers.reducedSensationRegionIds");
    expect(paths(errors)).toContain("answers.redFlags.self-harm-thoughts");
    expect(paths(errors)).toContain("preferences.pressurePreference");
    expect(paths(errors)).not.toContain("answers.pregnancy");
    // Asked only after "yes" to chemotherapy.
    expect(paths(errors)).not.toContain("answers.lowBloodCounts");
  });

  it("asks the follow-up and its details after a yes", () => {
    const intake = anIntake().with({
      chemotherapyNow: "yes",
      recentSurgery: "yes",
      lymphoedema: "yes",
    });
    expect(paths(checkSafetyIntake(content(intake), now))).toEqual([
      "answers.lowBloodCounts",
      "answers.recentSurgeryRegionIds",
      "answers.recentSurgeryDate",
      "answers.lymphoedemaSide",
    ]);
  });

  it("counts 'not sure' as an answer", () => {
    const intake = anIntake().with({ epilepsy: "not-sure" });
    expect(checkSafetyIntake(content(intake), now)).toEqual([]);
  });
});
