import { describe, expect, it } from "vitest";
import { decidePreSession } from "./pre-session-check.js";
import { emergencyMessage } from "./red-flag-alert.js";
import { anIntake, calmPreSession } from "./testing/safety-intake.factory.js";

describe("decidePreSession", () => {
  it("go when nothing applies", () => {
    const decision = decidePreSession(anIntake().build(), "swedish-massage", calmPreSession);
    expect(decision.outcome).toBe("go");
    expect(decision.verdict.level).toBe("ok");
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
