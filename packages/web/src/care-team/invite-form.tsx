import { noScopes, type CareTeamInvitation, type CareTeamScopeSet } from "@painplan/core";
import { useRef, useState, type SubmitEvent } from "react";
import { ErrorSummary } from "../forms/error-summary";
import { formProblemFrom } from "../forms/form-problem";
import { attemptFor, freshAttempt } from "../forms/send-attempt";
import { TextField } from "../forms/text-field";
import { ScopeChoices } from "./scope-choices";
import { useInvite } from "./care-team-queries";

const newKey = () => crypto.randomUUID();

type InviteFormProps = {
  /** A practitioner's account chosen in the directory; without it, invite by e-mail. */
  practitionerId?: string | undefined;
  /** 3 when the form sits under the page's own h2 ("Invite someone"). */
  headingLevel?: 2 | 3;
};

/** Invite a practitioner with what to share; the link to pass on is shown once. */
export function InviteForm({ practitionerId, headingLevel = 2 }: InviteFormProps) {
  const invite = useInvite();
  // One key per invitation, kept while the same one is sent again (see forms/send-attempt.ts), so a
  // retry after a lost answer never makes a second invitation or sends a second e-mail.
  const attempt = useRef(freshAttempt(newKey));
  const [email, setEmail] = useState("");
  const [scopes, setScopes] = useState<CareTeamScopeSet>(noScopes);
  const [sent, setSent] = useState<CareTeamInvitation | undefined>(undefined);
  // Refusals about the chosen practitioner (or the scopes, all always sent) have no field to
  // sit beside: formProblemFrom puts them in the summary.
  const fieldTargets: Record<string, { id: string; label: string }> =
    practitionerId === undefined
      ? { email: { id: "invite-email", label: "Their e-mail address" } }
      : {};
  const problem = formProblemFrom(invite.error, Object.keys(fieldTargets));

  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const to = practitionerId === undefined ? { email: email.trim() } : { practitionerId };
    const fields = { ...to, scopes };
    attempt.current = attemptFor(attempt.current, fields, newKey);
    invite.mutate(
      { idempotencyKey: attempt.current.key, ...fields },
      {
        onSuccess: (invitation) => {
          setSent(invitation);
        },
      },
    );
  };

  if (sent !== undefined) return <InvitationSent invitation={sent} />;
  return (
    <form className="form" onSubmit={submit} noValidate>
      <ErrorSummary problem={problem} fieldTargets={fieldTargets} headingLevel={headingLevel} />
      {practitionerId === undefined ? (
        <TextField
          id="invite-email"
          label="Their e-mail address"
          type="email"
          autoComplete="off"
          value={email}
          onChange={setEmail}
          error={problem.fields["email"]}
          hint="They open the invitation signed in with a practitioner account."
        />
      ) : (
        <p>You are inviting the practitioner you chose in the directory.</p>
      )}
      <ScopeChoices
        id="invite-scopes"
        legend="What they may see"
        scopes={scopes}
        onChange={setScopes}
      />
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={invite.isPending}>
          Send the invitation
        </button>
      </div>
    </form>
  );
}

function InvitationSent({ invitation }: { invitation: CareTeamInvitation }) {
  // A retry answers the invitation already made; its link was shown only the first time.
  if (invitation.acceptUrl === null) {
    return (
      <div className="panel panel--calm" role="status">
        <p>
          {invitation.isMailed
            ? "This invitation was already made, and we e-mailed it then; no second e-mail went out."
            : "This invitation was already made. Its link was shown only then; if you do not have it, revoke the invitation and send a new one."}
        </p>
      </div>
    );
  }
  return (
    <div className="panel panel--calm" role="status">
      <p>
        {invitation.isMailed
          ? "We e-mailed the invitation. You can also pass on this link yourself:"
          : "Pass on this link to them (by message or e-mail). It works once, for 14 days:"}
      </p>
      <label className="field__label" htmlFor="invitation-link">
        Invitation link (shown only now)
      </label>
      <input
        className="field__input"
        id="invitation-link"
        readOnly
        value={invitation.acceptUrl}
        onFocus={(event) => {
          event.target.select();
        }}
      />
    </div>
  );
}
