import { useId } from "react";
import { speechRates, type SpeechSettings } from "./speech-settings";

type SpeechControlsProps = {
  settings: SpeechSettings;
  voices: readonly SpeechSynthesisVoice[];
  onChange: (next: SpeechSettings) => void;
};

/**
 * Spoken guidance: off until the person turns it on (they may be in a public place); then a voice
 * of this device and a pace. Remembered on this device.
 */
export function SpeechControls({ settings, voices, onChange }: SpeechControlsProps) {
  const voiceId = useId();
  return (
    <fieldset className="speech-controls">
      <legend className="field__label">Spoken guidance</legend>
      <label className="speech-controls__toggle">
        <input
          type="checkbox"
          checked={settings.isEnabled}
          onChange={(event) => {
            onChange({ ...settings, isEnabled: event.target.checked });
          }}
        />
        Read the guidance aloud
      </label>
      {settings.isEnabled && (
        <>
          {voices.length > 0 && (
            <div className="speech-controls__voice">
              <label htmlFor={voiceId}>Voice</label>
              <select
                id={voiceId}
                value={settings.voiceUri ?? ""}
                onChange={(event) => {
                  const value = event.target.value;
                  onChange({ ...settings, voiceUri: value === "" ? undefined : value });
                }}
              >
                <option value="">This device’s usual voice</option>
                {voices.map((voice) => (
                  <option key={voice.voiceURI} value={voice.voiceURI}>
                    {voice.name} ({voice.lang})
                  </option>
                ))}
              </select>
            </div>
          )}
          <fieldset className="speech-controls__rates">
            <legend>Pace</legend>
            {speechRates.map(({ rate, label }) => (
              <label key={rate} className="speech-controls__rate">
                <input
                  type="radio"
                  name="speech-rate"
                  checked={settings.rate === rate}
                  onChange={() => {
                    onChange({ ...settings, rate });
                  }}
                />
                {label}
              </label>
            ))}
          </fieldset>
        </>
      )}
    </fieldset>
  );
}
