/**
 * The person's choices for spoken guidance, kept on this device (localStorage): off by default,
 * because people practise in public places too. Nothing here is health data.
 */

export type SpeechSettings = {
  isEnabled: boolean;
  /** `SpeechSynthesisVoice.voiceURI`, or undefined for the browser's default voice. */
  voiceUri: string | undefined;
  /** Speaking rate, 0.5 (slow) to 1.5; 1 is the voice's normal pace. */
  rate: number;
};

export const speechSettingsKey = "painplan:practice:speech";

export const defaultSpeechSettings: SpeechSettings = {
  isEnabled: false,
  voiceUri: undefined,
  rate: 0.9,
};

/** The rates offered, slowest first, with their names. */
export const speechRates = [
  { rate: 0.7, label: "Slow" },
  { rate: 0.9, label: "Calm" },
  { rate: 1, label: "Normal" },
  { rate: 1.2, label: "Quick" },
] as const;

/** Reads what was stored; anything missing or odd falls back to the defaults (spoken guidance off). */
export function parseSpeechSettings(stored: string | null): SpeechSettings {
  if (stored === null) return defaultSpeechSettings;
  let value: unknown;
  try {
    value = JSON.parse(stored);
  } catch {
    return defaultSpeechSettings;
  }
  if (typeof value !== "object" || value === null) return defaultSpeechSettings;
  const record = value as Record<string, unknown>;
  const rate = typeof record["rate"] === "number" ? record["rate"] : defaultSpeechSettings.rate;
  return {
    isEnabled: record["isEnabled"] === true,
    voiceUri: typeof record["voiceUri"] === "string" ? record["voiceUri"] : undefined,
    rate: Number.isFinite(rate) ? Math.min(1.5, Math.max(0.5, rate)) : defaultSpeechSettings.rate,
  };
}

export function readSpeechSettings(): SpeechSettings {
  try {
    return parseSpeechSettings(localStorage.getItem(speechSettingsKey));
  } catch {
    return defaultSpeechSettings;
  }
}

export function saveSpeechSettings(settings: SpeechSettings): void {
  try {
    localStorage.setItem(speechSettingsKey, JSON.stringify(settings));
  } catch {
    // Storage can be disabled: the choice then lasts for this visit only.
  }
}
