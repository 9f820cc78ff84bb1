import { useCallback, useEffect, useState, useSyncExternalStore } from "react";
import { readSpeechSettings, saveSpeechSettings, type SpeechSettings } from "./speech-settings";

const synthesis = (): SpeechSynthesis | undefined =>
  typeof window !== "undefined" && "speechSynthesis" in window ? window.speechSynthesis : undefined;

function subscribeVoices(onChange: () => void): () => void {
  const speech = synthesis();
  speech?.addEventListener("voiceschanged", onChange);
  return () => speech?.removeEventListener("voiceschanged", onChange);
}

let voicesCache: { key: string; voices: SpeechSynthesisVoice[] } = { key: "", voices: [] };

/** The voices, as a stable array (useSyncExternalStore needs the same object while unchanged). */
function currentVoices(): SpeechSynthesisVoice[] {
  const voices = synthesis()?.getVoices() ?? [];
  const key = voices.map((voice) => voice.voiceURI).join("|");
  if (key !== voicesCache.key) voicesCache = { key, voices };
  return voicesCache.voices;
}

/**
 * Spoken guidance with the browser's own speech synthesis (voices on the device: nothing is
 * fetched). `settings` are remembered on this device; `speak` says a text (cancelling whatever
 * was being said) when guidance is on; `stop` falls silent. `isAvailable` is false in browsers
 * without speech synthesis, where the controls are not shown.
 */
export function useSpeech() {
  const [settings, setSettings] = useState<SpeechSettings>(readSpeechSettings);
  const voices = useSyncExternalStore(subscribeVoices, currentVoices, () => []);
  const isAvailable = synthesis() !== undefined;

  const change = useCallback((next: SpeechSettings) => {
    setSettings(next);
    saveSpeechSettings(next);
    if (!next.isEnabled) synthesis()?.cancel();
  }, []);

  const speak = useCallback(
    (text: string) => {
      const speech = synthesis();
      if (speech === undefined || !settings.isEnabled) return;
      speech.cancel();
      const utterance = new SpeechSynthesisUtterance(text);
      utterance.rate = settings.rate;
      const voice = voices.find((candidate) => candidate.voiceURI === settings.voiceUri);
      if (voice !== undefined) {
        utterance.voice = voice;
        utterance.lang = voice.lang;
      }
      speech.speak(utterance);
    },
    [settings, voices],
  );

  const stop = useCallback(() => {
    synthesis()?.cancel();
  }, []);

  // Leaving the page ends speech at once.
  useEffect(() => stop, [stop]);

  return { settings, change, voices, isAvailable, speak, stop };
}
