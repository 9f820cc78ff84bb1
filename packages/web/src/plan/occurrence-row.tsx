import type { OccurrenceStatus, Plan, PlanOccurrence } from "@painplan/core";
import { useState } from "react";
import { Link } from "react-router";
import { logSessionPath } from "../sessions/log-session-path";
import { formProblemFrom } from "../forms/form-problem";
import { WallTimeField, type WallTimeValue } from "../forms/wall-time-field";
import type { PersonDates } from "../ui/person-dates";
import { minutesOf } from "./occurrence-minutes";
import { useChangeOccurrence, useClearOccurrenceChange, useMarkHeld } from "./plan-queries";
import { writeConflictWords } from "./write-conflict";

type OccurrenceRowProps = { occurrence: PlanOccurrence; plan: Plan | null; dates: PersonDates };

/** Each status in words (never colour alone); a plain scheduled session needs none. */
const statusWords: Readonly<Record<OccurrenceStatus, string>> = {
  scheduled: "",
  moved: "Moved",
  added: "Extra session",
  cancelled: "Cancelled",
  held: "Done",
  paused: "Resting (plan paused)",
};

/** One session: when, what, how long, and (for one still to come) move or cancel just this one. */
export function OccurrenceRow({ occurrence, plan, dates }: OccurrenceRowProps) {
  const [isChanging, setIsChanging] = useState(false);
  const status = statusWords[occurrence.status];
  const isOpen = occurrence.status === "scheduled" || occurrence.status === "moved";
  const canChange = plan !== null && isOpen;
  const canMarkHeld = canChange && occurrence.localDate <= dates.today;
  const canUndo =
    plan !== null &&
    (occurrence.status === "moved" ||
      occurrence.status === "cancelled" ||
      occurrence.status === "held");
  return (
    <li className="plan-session">
      <p className="plan-session__line">
        <span className="plan-session__time">{occurrence.localTime}</span>{" "}
        <span className={occurrence.status === "cancelled" ? "plan-session__cancelled" : undefined}>
          {occurrence.title}
        </span>
        , {minutesOf(occurrence)} min{status === "" ? "" : ` · ${status}`}
      </p>
      {canUndo && !(canChange && isChanging) && (
        <UndoChangeButton occurrence={occurrence} plan={plan} dates={dates} />
      )}
      {canChange && !isChanging && (
        <div className="plan-links">
          {canMarkHeld && (
            <Link className="inline-target" to={logSessionPath(occurrence)}>
              Log it<span className="visually-hidden">: {occurrence.title}</span>
            </Link>
          )}
          {canMarkHeld && <MarkHeldButton occurrence={occurrence} plan={plan} dates={dates} />}
          <button
            type="button"
            className="button button--quiet"
            onClick={() => {
              setIsChanging(true);
            }}
          >
            Move or cancel
            <span className="visually-hidden">
              {" "}
              {occurrence.title} on {dates.dayName(occurrence.localDate)} at {occurrence.localTime}
            </span>
          </button>
        </div>
      )}
      {canChange && isChanging && (
        <ChangeOccurrence
          occurrence={occurrence}
          plan={plan}
          dates={dates}
          onDone={() => {
            setIsChanging(false);
          }}
        />
      )}
    </li>
  );
}

type ChangeOccurrenceProps = {
  occurrence: PlanOccurrence;
  plan: Plan;
  dates: PersonDates;
  onDone: () => void;
};

function ChangeOccurrence({ occurrence, plan, dates, onDone }: ChangeOccurrenceProps) {
  const [moveTo, setMoveTo] = useState<WallTimeValue>({
    wallTime: `${occurrence.localDate}T${occurrence.localTime}`,
    occurrence: null,
  });
  const change = useChangeOccurrence();
  const problem = formProblemFrom(change.error, ["movedTo"]);
  const id = `move-${occurrence.itemId}-${occurrence.key}`.replace(/[^a-zA-Z0-9-]/g, "-");
  const send = (movedTo: string | null) => {
    if (change.isPending) return;
    change.mutate(
      { plan, itemId: occurrence.itemId, originalStart: occurrence.key, movedTo },
      { onSuccess: onDone },
    );
  };
  return (
    <div
      className="confirm"
      role="group"
      aria-label={`Change ${occurrence.title} on ${dates.dayName(occurrence.localDate)}`}
    >
      <p>Only this session changes; the rest of the series stays as it is.</p>
      {problem.summary !== undefined && (
        <p className="field__error" role="alert">
          {writeConflictWords(change.error) ?? problem.summary}
        </p>
      )}
      <WallTimeField
        id={id}
        label="Move to"
        hint="Date and time on your clock."
        timeZone={dates.timeZone}
        value={moveTo}
        onChange={setMoveTo}
        error={problem.fields["movedTo"]}
      />
      <div className="confirm__actions">
        <button
          type="button"
          className="button button--primary"
          aria-disabled={change.isPending ? true : undefined}
          onClick={() => {
            send(moveTo.wallTime);
          }}
        >
          Move this session
        </button>
        <button
          type="button"
          className="button button--secondary"
          aria-disabled={change.isPending ? true : undefined}
          onClick={() => {
            send(null);
          }}
        >
          Cancel this session
        </button>
        <button type="button" className="button button--quiet" onClick={onDone}>
          Keep it as it is
        </button>
      </div>
    </div>
  );
}

type MarkHeldButtonProps = { occurrence: PlanOccurrence; plan: Plan; dates: PersonDates };

/** One tap after a session: "I had this session" (no guilt for the ones not marked). */
function MarkHeldButton({ occurrence, plan, dates }: MarkHeldButtonProps) {
  const markHeld = useMarkHeld();
  const problem = formProblemFrom(markHeld.error, []);
  return (
    <>
      <button
        type="button"
        className="button button--secondary"
        aria-disabled={markHeld.isPending ? true : undefined}
        onClick={() => {
          if (markHeld.isPending) return;
          markHeld.mutate({ plan, itemId: occurrence.itemId, originalStart: occurrence.key });
        }}
      >
        I had this session
        <span className="visually-hidden">
          {" "}
          ({occurrence.title}, {dates.dayName(occurrence.localDate)} at {occurrence.localTime})
        </span>
      </button>
      {problem.summary !== undefined && (
        <p className="field__error" role="alert">
          {writeConflictWords(markHeld.error) ?? problem.summary}
        </p>
      )}
    </>
  );
}

/**
 * Undo the change of one session: a moved one goes back to its planned time, a cancelled one
 * comes back, one marked held is open again.
 */
function UndoChangeButton({ occurrence, plan, dates }: MarkHeldButtonProps) {
  const clear = useClearOccurrenceChange();
  const problem = formProblemFrom(clear.error, []);
  const what =
    occurrence.status === "cancelled"
      ? "Bring this session back"
      : occurrence.status === "held"
        ? "I did not have this session"
        : "Back to the planned time";
  return (
    <div className="plan-links">
      <button
        type="button"
        className="button button--quiet"
        aria-disabled={clear.isPending ? true : undefined}
        onClick={() => {
          if (clear.isPending) return;
          clear.mutate({ plan, itemId: occurrence.itemId, originalStart: occurrence.key });
        }}
      >
        {what}
        <span className="visually-hidden">
          {" "}
          ({occurrence.title}, {dates.dayName(occurrence.localDate)} at {occurrence.localTime})
        </span>
      </button>
      {problem.summary !== undefined && (
        <p className="field__error" role="alert">
          {writeConflictWords(clear.error) ?? problem.summary}
        </p>
      )}
    </div>
  );
}
