import { describe, expect, it } from "vitest";
import { decidePreSession } from "./pre-session-check.js";
import { emergencyMessage } from "./red-flag-alert.js";
import { anIntake, calmPreSession } from "./testing/safety-intake.factory.js";

describe("decidePreSession", () => {
  it("go when nothing applies", () => {
    const decision = decidePreSession(anIntake().build(), "swedish-massage", calmPreSession);
    expect(decision.outcome).toBe("go");
    expect(decision.verdict.level).toBe("ok");
    // "Go" is no concern found from the answers given, not a clearance (reference §7).
    expect(decision.messages[0]).toMatch(/^No concern found from your answers/);
  });

  it("go with care, with the instructions, under a caution", () => {
    const intake = anIntake().with({ bloodThinners: "yes" }).build();
    const decision = decidePreSession(intake, "swedish-massage", calmPreSession);
    expect(decision.outcome).toBe("go-with-care");
    expect(decision.messages).toContain("Light pressure only.");
  });

  it("go with care when only an area is left out", () => {
    const decision = decidePreSession(anIntake().build(), "swedish-massage", {
      ...calmPreSession,
      hasNewWound: "yes",
      newWoundRegionIds: ["left-knee"],
    });
    expect(decision.outcome).toBe("go-with-care");
    expect(decision.messages).toContain("Left knee: leave this area out.");
  });

  it("stops for a fever today even when the intake said no fever", () => {
    const decision = decidePreSession(anIntake().build(), "deep-tissue-massage", {
      ...calmPreSession,
      hasFever: "yes",
    });
    expect(decision.outcome).toBe("stop");
    expect(decision.messages.join(" ")).toContain("put massage off");
  });

  it.each(["exercise", "yoga-mountain", "tens", "physical-therapy"] as const)(
    "stops %s for a fever today, never 'enjoy your session' (§7 G2)",
    (therapyId) => {
      const decision = decidePreSession(anIntake().build(), therapyId, {
        ...calmPreSession,
        hasFever: "yes",
      });
      expect(decision.outcome).toBe("stop");
      expect(decision.messages.join(" ")).toContain("until you are well");
    },
  );

  it("a burn on the sole: TENS leaves it out, standing poses stop, exercise is seated (§7 G2, G4, G16)", () => {
    const burn = {
      ...calmPreSession,
      hasNewWound: "yes" as const,
      newWoundRegionIds: ["left-sole"],
    };
    const tens = decidePreSession(anIntake().build(), "tens", burn);
    expect(tens.outcome).toBe("go-with-care");
    expect(tens.messages).toContain("Left sole of foot: leave this area out.");
    expect(decidePreSession(anIntake().build(), "yoga-warrior-two", burn).outcome).toBe("stop");
    const exercise = decidePreSession(anIntake().build(), "exercise", burn);
    expect(exercise.outcome).toBe("go-with-care");
    expect(exercise.messages.join(" ")).toContain("Seated or lying exercises only");
  });

  it("stops when blood thinners changed", () => {
    const decision = decidePreSession(anIntake().build(), "traditional-acupuncture", {
      ...calmPreSession,
      bloodThinnersChanged: "yes",
    });
    expect(decision.outcome).toBe("stop");
  });

  it("stops with the emergency message for a new red flag, even for a body scan", () => {
    const decision = decidePreSession(anIntake().build(), "body-scan", {
      ...calmPreSession,
      newRedFlagIds: ["sudden-one-sided-weakness"],
    });
    expect(decision.outcome).toBe("stop");
    expect(decision.redFlags.urgency).toBe("emergency");
    expect(decision.messages[0]).toBe(emergencyMessage);
  });

  it("stops when the intake leaves a question open for this therapy", () => {
    const intake = anIntake().with({ implantedDevice: undefined }).build();
    expect(decidePreSession(intake, "electroacupuncture", calmPreSession).outcome).toBe("stop");
    expect(decidePreSession(intake, "traditional-acupuncture", calmPreSession).outcome).toBe("go");
  });
});
