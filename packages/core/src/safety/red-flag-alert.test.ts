import { describe, expect, it } from "vitest";
import {
  crisisMessage,
  emergencyMessage,
  redFlagAlert,
  unsureMessage,
  urgentMessage,
} from "./red-flag-alert.js";
import { anIntake, calmPreSession } from "./testing/safety-intake.factory.js";

const withFlags = (flags: Record<string, "yes" | "no" | "not-sure">) =>
  anIntake().with({ redFlags: { ...anIntake().build().answers.redFlags, ...flags } });

describe("redFlagAlert", () => {
  it("says nothing when every warning sign is answered no", () => {
    expect(redFlagAlert(anIntake().facts())).toEqual({ urgency: "none", message: null, flags: [] });
  });

  it("sends emergency signs to emergency services (reference §3.4)", () => {
    const alert = redFlagAlert(withFlags({ "saddle-numbness-or-bladder-change": "yes" }).facts());
    expect(alert.urgency).toBe("emergency");
    expect(alert.message).toBe(emergencyMessage);
    expect(alert.flags).toMatchObject([
      { id: "saddle-numbness-or-bladder-change", sourceId: "ref-3.4-cauda-equina" },
    ]);
  });

  it("sends same-day signs to a clinician today", () => {
    const alert = redFlagAlert(withFlags({ "foot-infection-signs": "yes" }).facts());
    expect(alert.urgency).toBe("urgent");
    expect(alert.message).toBe(urgentMessage);
  });

  it("adds the crisis line for thoughts of self-harm", () => {
    const alert = redFlagAlert(withFlags({ "self-harm-thoughts": "yes" }).facts());
    expect(alert.message).toBe(`${emergencyMessage} ${crisisMessage}`);
  });

  it("names no country's numbers: the crisis panel beside it gives the person's own (reference §8)", () => {
    for (const message of [emergencyMessage, crisisMessage, urgentMessage, unsureMessage]) {
      expect(message).not.toMatch(/\b(988|911|999|112|000|111)\b|\bUS\b|\bUK\b/);
    }
  });

  it("treats 'not sure' as a same-day check", () => {
    const alert = redFlagAlert(withFlags({ "sudden-one-sided-weakness": "not-sure" }).facts());
    expect(alert).toMatchObject({ urgency: "urgent", message: unsureMessage });
  });

  it("raises a red flag reported new in the pre-session check", () => {
    const alert = redFlagAlert(
      anIntake().facts({ ...calmPreSession, newRedFlagIds: ["one-sided-leg-swelling"] }),
    );
    expect(alert.urgency).toBe("urgent");
    expect(alert.flags.map((flag) => flag.id)).toEqual(["one-sided-leg-swelling"]);
  });
});
