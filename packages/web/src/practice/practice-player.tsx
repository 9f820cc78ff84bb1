import { useEffect, useRef } from "react";
import { BreathingPacer } from "./breathing-pacer";
import { clockText, durationWords, type PlayableStep } from "./playable-step";
import { PoseFigure } from "./pose-figure";
import type { PlayerClock } from "./practice-timer";
import { SpeechControls } from "./speech-controls";
import { usePracticeTimer } from "./use-practice-timer";
import { useSpeech } from "./use-speech";
import { useWakeLock } from "./use-wake-lock";

type PracticePlayerProps = {
  title: string;
  steps: readonly PlayableStep[];
  /** Called once when the practice ends, by itself or with "End now". */
  onFinished: (result: { secondsDone: number; isComplete: boolean }) => void;
  /** Tests pass a fake clock; the browser's otherwise. */
  clock?: PlayerClock;
  /** Start at once (the tap that rated pain before was the start); otherwise a Start button. */
  isAutoStart?: boolean;
};

/**
 * Plays a practice that is already fully loaded (nothing is fetched while it plays, so a dropped
 * connection changes nothing): the current step's text in a polite live region (one step at a
 * time, never the countdown), the breathing pacer or the pose drawing, spoken guidance when the
 * person turned it on, and large Pause/Resume and End controls at the bottom of the screen. Space
 * pauses and resumes; the screen is kept on while playing.
 */
export function PracticePlayer(props: PracticePlayerProps) {
  const { title, steps, onFinished, clock, isAutoStart = false } = props;
  const { timer, snapshot } = usePracticeTimer(
    steps.map((step) => step.seconds),
    clock,
  );
  const speech = useSpeech();
  const { speak, stop } = speech;
  const isPlaying = snapshot.status === "playing";
  useWakeLock(isPlaying);
  const step = steps[snapshot.stepIndex] ?? steps[0];
  const reportedRef = useRef(false);

  // Say each step once, when it begins (and again on resume, so a person knows where they are).
  const stepText = step?.text ?? "";
  useEffect(() => {
    if (isPlaying) speak(stepText);
    else stop();
  }, [isPlaying, stepText, snapshot.stepIndex, speak, stop]);

  useEffect(() => {
    if (snapshot.status !== "finished" || reportedRef.current) return;
    reportedRef.current = true;
    onFinished({
      secondsDone: snapshot.secondsDone,
      isComplete: snapshot.secondsDone >= snapshot.totalSeconds,
    });
  }, [snapshot, onFinished]);

  const mainButtonRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!isAutoStart) return;
    timer.start();
    // The tap that started it has gone from the page: keyboard and screen reader users land on Pause.
    mainButtonRef.current?.focus();
  }, [isAutoStart, timer]);

  // Space pauses and resumes, except where Space already means something (a button, a field).
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.key !== " " || event.repeat) return;
      const target = event.target;
      if (
        target instanceof HTMLElement &&
        target.closest("button, input, select, textarea, a, summary")
      ) {
        return;
      }
      event.preventDefault();
      timer.toggle();
    }
    document.addEventListener("keydown", onKeyDown);
    return () => {
      document.removeEventListener("keydown", onKeyDown);
    };
  }, [timer]);

  if (step === undefined) return null;
  const secondsLeft = snapshot.totalSeconds - snapshot.secondsDone;
  return (
    <section className="player" aria-labelledby="player-title">
      <h2 id="player-title" className="visually-hidden">
        {title}
      </h2>
      <p className="player__progress">
        <span>
          Step {snapshot.stepIndex + 1} of {steps.length}
        </span>
        <span>
          <span aria-hidden="true">{clockText(secondsLeft)} left</span>
          <span className="visually-hidden">{durationWords(secondsLeft)} left</span>
        </span>
      </p>
      <progress
        className="player__bar"
        max={snapshot.totalSeconds}
        value={snapshot.secondsDone}
        aria-label="Time done"
      />
      <div className="player__stage">
        {step.breathing !== undefined && (
          <BreathingPacer
            pattern={step.breathing}
            seconds={snapshot.secondsIntoStep}
            isPlaying={isPlaying}
          />
        )}
        {step.pose !== undefined && (
          <PoseFigure poseId={step.pose.poseId} version={step.pose.version} width={220} />
        )}
        <div className="player__text" aria-live="polite" aria-atomic="true">
          <p>{step.text}</p>
          {step.notes?.map((note) => (
            <p key={note} className="player__note">
              {note}
            </p>
          ))}
        </div>
        {snapshot.status === "paused" && (
          <p className="player__paused" role="status">
            Paused. Take all the time you need.
          </p>
        )}
      </div>
      {snapshot.status === "ready" && speech.isAvailable && (
        <SpeechControls
          settings={speech.settings}
          voices={speech.voices}
          onChange={speech.change}
        />
      )}
      <div className="player__controls">
        {snapshot.status !== "finished" && (
          <button
            ref={mainButtonRef}
            type="button"
            className="button button--primary player__main"
            aria-keyshortcuts="Space"
            onClick={() => {
              timer.toggle();
            }}
          >
            {snapshot.status === "ready" ? "Start" : isPlaying ? "Pause" : "Resume"}
          </button>
        )}
        {(isPlaying || snapshot.status === "paused") && (
          <button
            type="button"
            className="button button--secondary player__end"
            onClick={() => {
              timer.finish();
            }}
          >
            End now
          </button>
        )}
      </div>
    </section>
  );
}
