import { kindOfPracticeId, type PracticeEffort, type PracticeId } from "@painplan/core";
import { useCallback, useState, type ReactNode } from "react";
import { Link } from "react-router";
import { PainTap } from "./pain-tap";
import { posesReached } from "./routine-steps";
import { clockText, durationWords, type PlayableStep } from "./playable-step";
import { PracticePlayer } from "./practice-player";
import { useLogPractice } from "./practice-queries";
import { SpeechControls } from "./speech-controls";
import { usePendingLogRetry } from "./use-pending-log-retry";
import { useSpeech } from "./use-speech";

type PracticeSessionProps = {
  practiceId: PracticeId;
  name: string;
  steps: readonly PlayableStep[];
  poseIds?: readonly string[] | undefined;
  /** Shown before the practice starts, above the pain question (a body scan's choice of areas). */
  beforeStart?: ReactNode;
};

type Phase =
  | { name: "before" }
  | { name: "playing"; painBefore: number | null; startedAt: string }
  | {
      name: "after";
      painBefore: number | null;
      startedAt: string;
      endedAt: string;
      secondsDone: number;
    }
  | { name: "done"; outcome: "sent" | "waiting" | "short" | "refused"; secondsDone: number };

/** Practices shorter than this are not logged (the log counts whole practices of 1–60 min). */
const shortestLoggedSeconds = 60;

/**
 * One practice from start to log: pain before (one tap, which also starts it, or skip), the
 * player, pain after (one tap, which saves, or skip) with an optional "how did it feel". The log
 * is kept on the device until the server has it, so a dropped connection loses nothing.
 */
export function PracticeSession(props: PracticeSessionProps) {
  const { practiceId, name, steps, poseIds, beforeStart } = props;
  const [phase, setPhase] = useState<Phase>({ name: "before" });
  const [effort, setEffort] = useState<PracticeEffort | null>(null);
  const [isFlareDay, setIsFlareDay] = useState(false);
  const { log, sendWaiting } = useLogPractice();
  const [isSaving, setIsSaving] = useState(false);
  const totalSeconds = steps.reduce((sum, step) => sum + step.seconds, 0);

  const onRetried = useCallback((waiting: number) => {
    setPhase((current) =>
      current.name === "done" && current.outcome === "waiting" && waiting === 0
        ? { ...current, outcome: "sent" }
        : current,
    );
  }, []);
  usePendingLogRetry(sendWaiting, onRetried);

  const begin = (painBefore: number | null) => {
    setPhase({ name: "playing", painBefore, startedAt: new Date().toISOString() });
  };

  const onFinished = useCallback(({ secondsDone }: { secondsDone: number }) => {
    setPhase((current) =>
      current.name === "playing"
        ? { ...current, name: "after", endedAt: new Date().toISOString(), secondsDone }
        : current,
    );
  }, []);

  async function save(painAfter: number | null) {
    if (phase.name !== "after") return;
    if (phase.secondsDone < shortestLoggedSeconds) {
      setPhase({ name: "done", outcome: "short", secondsDone: phase.secondsDone });
      return;
    }
    setIsSaving(true);
    try {
      const outcome = await log({
        localId: crypto.randomUUID(),
        body: {
          kind: kindOfPracticeId(practiceId),
          practiceId,
          ...(poseIds === undefined
            ? {}
            : { poseIds: posesReached(poseIds, steps, phase.secondsDone) }),
          secondsDone: Math.min(phase.secondsDone, 3600),
          startedAt: phase.startedAt,
          endedAt: phase.endedAt,
          painBefore: phase.painBefore,
          painAfter,
          effort,
          // Only the person's own word counts; unticked says nothing either way.
          isFlareDay: isFlareDay ? true : null,
        },
      });
      setPhase({ name: "done", outcome, secondsDone: phase.secondsDone });
    } catch {
      setPhase({ name: "done", outcome: "refused", secondsDone: phase.secondsDone });
    } finally {
      setIsSaving(false);
    }
  }

  switch (phase.name) {
    case "before":
      return (
        <BeforeStart name={name} totalSeconds={totalSeconds} onBegin={begin} extra={beforeStart} />
      );
    case "playing":
      return <PracticePlayer title={name} steps={steps} onFinished={onFinished} isAutoStart />;
    case "after":
      return (
        <div className="practice-after">
          <p className="practice-after__done" role="status">
            Well done. You practised for {clockText(phase.secondsDone)}.
          </p>
          <EffortChoice value={effort} onChange={setEffort} />
          <label className="practice-after__flare">
            <input
              type="checkbox"
              checked={isFlareDay}
              onChange={(event) => {
                setIsFlareDay(event.target.checked);
              }}
            />
            Today is a flare day (the next suggestion will be gentler)
          </label>
          <PainTap
            question="How much pain do you feel now?"
            skipLabel="Save without rating"
            isBusy={isSaving}
            onRate={(score) => void save(score)}
            onSkip={() => void save(null)}
          />
        </div>
      );
    case "done":
      return <DoneMessage outcome={phase.outcome} />;
  }
}

function BeforeStart(props: {
  name: string;
  totalSeconds: number;
  onBegin: (painBefore: number | null) => void;
  extra: ReactNode;
}) {
  const speech = useSpeech();
  return (
    <div className="practice-before">
      <p>
        {props.name}, {durationWords(props.totalSeconds)}. Everything is loaded: it keeps going even
        if your connection drops.
      </p>
      {props.extra}
      {speech.isAvailable && (
        <SpeechControls
          settings={speech.settings}
          voices={speech.voices}
          onChange={speech.change}
        />
      )}
      <PainTap
        question="Before you start: how much pain do you feel right now?"
        skipLabel="Start without rating"
        onRate={(score) => {
          props.onBegin(score);
        }}
        onSkip={() => {
          props.onBegin(null);
        }}
      />
      <p className="practice-before__note">Tapping a number starts the practice.</p>
    </div>
  );
}

const effortLabels: Record<PracticeEffort, string> = {
  easy: "Easy",
  "about-right": "About right",
  hard: "Hard",
};

function EffortChoice(props: {
  value: PracticeEffort | null;
  onChange: (value: PracticeEffort | null) => void;
}) {
  return (
    <fieldset className="effort-choice">
      <legend className="field__label">How did it feel? (optional)</legend>
      <div className="effort-choice__options">
        {(Object.keys(effortLabels) as PracticeEffort[]).map((effort) => (
          <label key={effort} className="effort-choice__option">
            <input
              type="radio"
              name="effort"
              checked={props.value === effort}
              onChange={() => {
                props.onChange(effort);
              }}
            />
            {effortLabels[effort]}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

function DoneMessage({ outcome }: { outcome: "sent" | "waiting" | "short" | "refused" }) {
  const text = {
    sent: "Saved to your practice log.",
    waiting:
      "Saved on this device. It will be added to your practice log as soon as you are back online; keep this tab open or come back to it.",
    short:
      "That was under a minute, so it is not added to your log. Any moment of practice is worth it.",
    refused: "Your practice could not be saved. We are sorry; please tell us if it happens again.",
  }[outcome];
  return (
    <div className="panel panel--calm practice-done">
      <p role="status">{text}</p>
      <p>
        <Link className="button button--primary" to="/practice">
          Back to Practice
        </Link>
      </p>
    </div>
  );
}
