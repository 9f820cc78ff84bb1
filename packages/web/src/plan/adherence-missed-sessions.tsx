import { addCalendarDays, missedReasons, type MissedOccurrence } from "@painplan/core";
import { formProblemFrom } from "../forms/form-problem";
import { TextField } from "../forms/text-field";
import { useTabDraft } from "../forms/use-tab-draft";
import type { PersonDates } from "../ui/person-dates";
import { minutesOf } from "./occurrence-minutes";
import { usePlanAdherence, useClearMissedReason, useSetMissedReason } from "./adherence-queries";
import { missedReasonWords } from "./adherence-words";

/** How far back the list looks, in days (today included). */
const lookBackDays = 14;
/** At most this many sessions are listed at once (the newest). */
const shownMax = 5;

/**
 * Past sessions that were not logged, each with a one-tap reason (optional, never required):
 * flare, cost, therapist cancelled, forgot or other with a note. Shown only when there are any.
 */
export function MissedSessions({
  dates,
  headingLevel = 2,
}: {
  dates: PersonDates;
  headingLevel?: 2 | 3;
}) {
  const from = addCalendarDays(dates.today, -(lookBackDays - 1));
  const adherence = usePlanAdherence(from, dates.today);
  const missed = adherence.data?.missed ?? [];
  if (missed.length === 0) return null;
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const shown = missed.slice(0, shownMax);
  return (
    <section className="panel" aria-labelledby="missed-heading">
      <Heading id="missed-heading">Sessions that did not happen</Heading>
      <p>
        In the last two weeks. Saying why is optional; it helps you and your provider see what gets
        in the way.
      </p>
      <ul className="today-list">
        {shown.map((occurrence) => (
          <MissedSessionRow
            key={`${occurrence.itemId}-${occurrence.key}`}
            occurrence={occurrence}
            dates={dates}
          />
        ))}
      </ul>
      {missed.length > shown.length && (
        <p>
          {missed.length - shown.length} earlier{" "}
          {missed.length - shown.length === 1 ? "session" : "sessions"} not shown.
        </p>
      )}
    </section>
  );
}

type RowProps = { occurrence: MissedOccurrence; dates: PersonDates };

function MissedSessionRow({ occurrence, dates }: RowProps) {
  const setReason = useSetMissedReason();
  const clearReason = useClearMissedReason();
  const problem = formProblemFrom(setReason.error ?? clearReason.error, []);
  const when = `${dates.dayName(occurrence.localDate)} at ${occurrence.localTime}`;
  const groupId = `missed-${occurrence.itemId}-${occurrence.key}`.replace(/[^A-Za-z0-9-]/g, "-");
  const isBusy = setReason.isPending || clearReason.isPending;
  return (
    <li className="plan-session">
      <p className="plan-session__line" id={groupId}>
        <strong>{occurrence.title}</strong>, {when}, {minutesOf(occurrence)} min
      </p>
      {occurrence.reason === null ? (
        <div className="plan-links" role="group" aria-labelledby={groupId}>
          <span className="visually-hidden">Why did it not happen?</span>
          {missedReasons.map((reason) => (
            <button
              key={reason}
              type="button"
              className="button button--secondary"
              aria-disabled={isBusy ? true : undefined}
              onClick={() => {
                if (isBusy) return;
                setReason.mutate({ occurrence, reason });
              }}
            >
              {missedReasonWords[reason]}
            </button>
          ))}
        </div>
      ) : (
        <>
          <p>
            Why: {missedReasonWords[occurrence.reason.reason]}
            {occurrence.reason.note === "" ? "" : ` — ${occurrence.reason.note}`}
          </p>
          {occurrence.reason.reason === "other" && occurrence.reason.note === "" && (
            <OtherNote occurrence={occurrence} />
          )}
          <div className="plan-links">
            <button
              type="button"
              className="button button--quiet"
              aria-disabled={isBusy ? true : undefined}
              onClick={() => {
                if (isBusy) return;
                clearReason.mutate({ occurrence });
              }}
            >
              Change the reason
              <span className="visually-hidden">
                {" "}
                for {occurrence.title}, {when}
              </span>
            </button>
          </div>
        </>
      )}
      {problem.summary !== undefined && (
        <p className="field__error" role="alert">
          {problem.summary}
        </p>
      )}
    </li>
  );
}

const emptyNote = { note: "" };

/** A short note after "Other" (optional); what is typed survives a reload until it is saved. */
function OtherNote({ occurrence }: { occurrence: MissedOccurrence }) {
  const draft = useTabDraft(`missed-note:${occurrence.itemId}:${occurrence.key}`, emptyNote);
  const setReason = useSetMissedReason();
  const problem = formProblemFrom(setReason.error, ["note"]);
  const id = `note-${occurrence.itemId}-${occurrence.key}`.replace(/[^A-Za-z0-9-]/g, "-");
  const note = draft.values.note;
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        if (setReason.isPending || note.trim() === "") return;
        setReason.mutate(
          { occurrence, reason: "other", note: note.trim() },
          { onSuccess: draft.discard },
        );
      }}
    >
      <TextField
        id={id}
        label="A few words (optional)"
        value={note}
        onChange={(value) => {
          draft.setField("note", value);
        }}
        autoComplete="off"
        error={problem.fields.note}
      />
      <button type="submit" className="button button--secondary">
        Save the note
      </button>
    </form>
  );
}
