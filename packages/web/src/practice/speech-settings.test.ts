import { describe, expect, it } from "vitest";
import { defaultSpeechSettings, parseSpeechSettings } from "./speech-settings";

describe("parseSpeechSettings", () => {
  it("is off by default", () => {
    expect(parseSpeechSettings(null)).toEqual(defaultSpeechSettings);
    expect(defaultSpeechSettings.isEnabled).toBe(false);
  });

  it("reads what was saved", () => {
    const saved = JSON.stringify({ isEnabled: true, voiceUri: "Daniel", rate: 0.7 });
    expect(parseSpeechSettings(saved)).toEqual({ isEnabled: true, voiceUri: "Daniel", rate: 0.7 });
  });

  it("falls back to the defaults for damaged or odd values, and keeps the rate in range", () => {
    expect(parseSpeechSettings("{not json")).toEqual(defaultSpeechSettings);
    expect(parseSpeechSettings("42")).toEqual(defaultSpeechSettings);
    expect(parseSpeechSettings(JSON.stringify({ isEnabled: "yes", rate: 9 }))).toEqual({
      isEnabled: false,
      voiceUri: undefined,
      rate: 1.5,
    });
  });
});
