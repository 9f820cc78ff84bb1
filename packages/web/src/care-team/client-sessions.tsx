import {
  sessionsEndpoints,
  therapyCatalog,
  type CareTeamClient,
  type LogSessionRequest,
  type Pressure,
} from "@painplan/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type SubmitEvent } from "react";
import { callApi } from "../api/call-api";
import { isApiError } from "../api/api-error";
import { useSignedInUser } from "../accounts/signed-in-user";
import { OptionGroup } from "../forms/option-group";
import { TextareaField } from "../forms/textarea-field";
import { LoadingPanel } from "../ui/load-states";
import type { PersonDates } from "../ui/person-dates";

/** Therapies a practitioner logs by hand: massage and acupuncture (the hands-on ones). */
const handsOn = therapyCatalog.filter(
  (therapy) => therapy.kind === "massage" || therapy.kind === "acupuncture",
);
const durations = [
  { value: "30", label: "30 min" },
  { value: "60", label: "60 min" },
  { value: "90", label: "90 min" },
] as const;
const pressureOptions = [
  { value: "light", label: "Light" },
  { value: "medium", label: "Medium" },
  { value: "firm", label: "Firm" },
] as const;
const painScores = Array.from({ length: 11 }, (_, score) => String(score));

const sessionsKey = (ownerId: string) => ["sessions", ownerId] as const;

/** The client's sessions (newest first), and a short form for one that just ended. */
export function ClientSessions({ client, dates }: { client: CareTeamClient; dates: PersonDates }) {
  const me = useSignedInUser();
  const sessions = useQuery({
    queryKey: [...sessionsKey(client.userId), "list"],
    queryFn: ({ signal }) =>
      callApi(sessionsEndpoints.listSessions, {
        params: { userId: client.userId },
        query: {},
        signal,
      }),
  });
  return (
    <section aria-labelledby="client-sessions-heading">
      <h2 id="client-sessions-heading">Sessions</h2>
      <LogClientSession client={client} />
      {sessions.isPending && <LoadingPanel what="the sessions" />}
      {sessions.data !== undefined &&
        (sessions.data.items.length === 0 ? (
          <p>No sessions logged yet.</p>
        ) : (
          <ul>
            {sessions.data.items.map((session) => (
              <li key={session.id}>
                {dates.calendarDate(session.localDate)}, {session.localTime}: {session.title},{" "}
                {session.durationMinutes} min, pain {session.painBefore ?? "–"} →{" "}
                {session.painAfter ?? "–"} (0–10)
                {session.enteredBy === me.id ? " · logged by you" : ""}
              </li>
            ))}
          </ul>
        ))}
    </section>
  );
}

function LogClientSession({ client }: { client: CareTeamClient }) {
  const me = useSignedInUser();
  const queryClient = useQueryClient();
  const log = useMutation({
    mutationFn: (body: LogSessionRequest) =>
      callApi(sessionsEndpoints.logSession, { params: { userId: client.userId }, body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: sessionsKey(client.userId) }),
  });
  const [key, setKey] = useState(() => crypto.randomUUID());
  const [therapyId, setTherapyId] = useState(handsOn[0]?.id ?? "");
  const [duration, setDuration] = useState<"30" | "60" | "90">("60");
  const [pressure, setPressure] = useState<Pressure | null>(null);
  const [painBefore, setPainBefore] = useState("");
  const [painAfter, setPainAfter] = useState("");
  const [note, setNote] = useState("");
  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const minutes = Number(duration);
    log.mutate(
      {
        idempotencyKey: key,
        // A session that just ended: it started `minutes` ago.
        startedAt: new Date(Date.now() - minutes * 60_000).toISOString(),
        durationMinutes: minutes,
        therapyId: therapyId as LogSessionRequest["therapyId"],
        practitioner: me.displayName,
        pressure,
        painBefore: painBefore === "" ? null : Number(painBefore),
        painAfter: painAfter === "" ? null : Number(painAfter),
        howItFelt: note,
      },
      {
        onSuccess: () => {
          setKey(crypto.randomUUID());
        },
      },
    );
  };
  const problem = isApiError(log.error) ? log.error.message : undefined;
  return (
    <details>
      <summary className="inline-target">Log a session that just ended</summary>
      <form className="form" onSubmit={submit} noValidate>
        <div className="field">
          <label className="field__label" htmlFor="client-session-therapy">
            Therapy
          </label>
          <select
            className="field__input"
            id="client-session-therapy"
            value={therapyId}
            onChange={(event) => {
              setTherapyId(event.target.value);
            }}
          >
            {handsOn.map((therapy) => (
              <option key={therapy.id} value={therapy.id}>
                {therapy.name}
              </option>
            ))}
          </select>
        </div>
        <OptionGroup
          id="client-session-duration"
          legend="How long"
          options={durations}
          isSideBySide
          value={duration}
          onChange={setDuration}
        />
        <OptionGroup
          id="client-session-pressure"
          legend="Pressure"
          options={pressureOptions}
          isSideBySide
          value={pressure}
          onChange={setPressure}
        />
        <PainSelect
          id="client-session-before"
          label="Pain before (0–10)"
          value={painBefore}
          onChange={setPainBefore}
        />
        <PainSelect
          id="client-session-after"
          label="Pain after (0–10)"
          value={painAfter}
          onChange={setPainAfter}
        />
        <TextareaField
          id="client-session-note"
          label="Session note"
          value={note}
          onChange={setNote}
        />
        {problem !== undefined && (
          <p className="form__status" role="alert">
            {problem}
          </p>
        )}
        {log.isSuccess && (
          <p className="form__status" role="status">
            Logged on {client.displayName}&apos;s record, marked as logged by you.
          </p>
        )}
        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={log.isPending}>
            Log the session
          </button>
        </div>
      </form>
    </details>
  );
}

function PainSelect(props: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
}) {
  return (
    <div className="field">
      <label className="field__label" htmlFor={props.id}>
        {props.label}
      </label>
      <select
        className="field__input"
        id={props.id}
        value={props.value}
        onChange={(event) => {
          props.onChange(event.target.value);
        }}
      >
        <option value="">Not asked</option>
        {painScores.map((score) => (
          <option key={score} value={score}>
            {score}
          </option>
        ))}
      </select>
    </div>
  );
}
