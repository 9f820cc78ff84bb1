import { describe, expect, it } from "vitest";
import { describeAreas } from "./describe-areas.js";
import { assessSafetyIntake } from "./safety-assessment.js";
import { buildSafetySheet, sheetDisclaimer } from "./safety-sheet.js";
import { anIntake } from "./testing/safety-intake.factory.js";
import { regionIdsOfParts } from "./rule-builders.js";

const now = new Date("2026-03-29T00:30:00.000Z");

function sheetOf(intake = anIntake()) {
  const built = intake.build();
  return buildSafetySheet({
    personName: "Alex",
    timeZone: "Europe/Paris",
    intake: built,
    assessment: assessSafetyIntake(built),
    now,
  });
}

describe("describeAreas", () => {
  it("names whole feet and hands, and single regions by label", () => {
    expect(describeAreas(regionIdsOfParts("foot"))).toBe("Both feet");
    const leftHand = ["left-palm", "left-fingers", "left-hand-back"];
    expect(describeAreas([...leftHand, "right-knee"])).toBe("Left hand, Right knee");
    expect(describeAreas(["left-sole"])).toBe("Left sole of foot");
    expect(describeAreas([])).toBe("");
  });
});

describe("buildSafetySheet", () => {
  it("lists areas to avoid by name with the reason, grouped", () => {
    const sheet = sheetOf(anIntake().with({ diabetesFootProblems: "yes" }));
    // Massage and needles (one reason each) and TENS pads (reference §7 G1).
    expect(sheet.areasToAvoid).toHaveLength(3);
    expect(sheet.areasToAvoid.map((area) => area.reason).join(" ")).toMatch(/TENS pads/);
    expect(sheet.areasToAvoid[0]).toMatchObject({ text: "Both feet" });
    expect(sheet.areasToAvoid[0]?.reason).toMatch(/wound, callus, ulcer/);
  });

  it("carries sensation, touch, pressure, medicines, devices, signal and contact", () => {
    const sheet = sheetOf(
      anIntake()
        .with({
          reducedSensationRegionIds: regionIdsOfParts("foot"),
          bloodThinners: "yes",
          bloodThinnerNames: "apixaban",
          implantedDevice: "yes",
          implantedDeviceKinds: ["pacemaker"],
        })
        .withPreferences({
          touchHypersensitivityRegionIds: ["left-shin"],
          pressurePreference: "light",
          discomfortSignal: "I will lift my hand.",
          emergencyContact: { name: "Sam", phone: "+33 6 12 34 56 78" },
        }),
    );
    expect(sheet).toMatchObject({
      personName: "Alex",
      generatedAt: "2026-03-29T00:30:00.000Z",
      generatedOn: "2026-03-29",
      reducedSensationAreas: { text: "Both feet" },
      touchHypersensitivityAreas: { text: "Left shin" },
      pressurePreferenceText: "Light pressure",
      medications: ["Takes a blood thinner: apixaban"],
      implantedDevices: ["Pacemaker"],
      discomfortSignal: "I will lift my hand.",
      emergencyContact: { name: "Sam", phone: "+33 6 12 34 56 78", relationship: null },
      disclaimer: sheetDisclaimer,
    });
    expect(sheet.precautions.join("\n")).toContain("Deep tissue massage");
    expect(sheet.precautions.join("\n")).toContain("Electroacupuncture: Do not use.");
    expect(sheet.precautions.join("\n")).toContain("TENS: Do not use.");
  });

  it("is dated by the person's calendar, not UTC's", () => {
    const built = anIntake().build();
    const at = (timeZone: string) =>
      buildSafetySheet({
        personName: "Alex",
        timeZone,
        intake: built,
        assessment: assessSafetyIntake(built),
        now: new Date("2026-11-29T13:56:00.000Z"),
      }).generatedOn;
    expect(at("Pacific/Auckland")).toBe("2026-11-30");
    expect(at("America/Los_Angeles")).toBe("2026-11-29");
  });

  it("says plainly when questions are still open", () => {
    const built = {
      version: null,
      status: "in-progress" as const,
      answers: {},
      preferences: {},
      savedAt: null,
    };
    const sheet = buildSafetySheet({
      personName: "Alex",
      timeZone: "Europe/Paris",
      intake: built,
      assessment: assessSafetyIntake(built),
      now,
    });
    expect(sheet.precautions).toEqual([
      "Some safety questions are not answered yet: ask the person before you start.",
    ]);
    expect(sheet.pressurePreferenceText).toBe("Not given: ask before you start");
    expect(sheet.emergencyContact).toBeNull();
  });
});
