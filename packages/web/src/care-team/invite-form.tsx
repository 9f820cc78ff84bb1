import { noScopes, type CareTeamInvitation, type CareTeamScopeSet } from "@painplan/core";
import { useState, type SubmitEvent } from "react";
import { ErrorSummary } from "../forms/error-summary";
import { formProblemFrom } from "../forms/form-problem";
import { TextField } from "../forms/text-field";
import { ScopeChoices } from "./scope-choices";
import { useInvite } from "./care-team-queries";

type InviteFormProps = {
  /** A practitioner's account chosen in the directory; without it, invite by e-mail. */
  practitionerId?: string | undefined;
  /** 3 when the form sits under the page's own h2 ("Invite someone"). */
  headingLevel?: 2 | 3;
};

/** Invite a practitioner with what to share; the link to pass on is shown once. */
export function InviteForm({ practitionerId, headingLevel = 2 }: InviteFormProps) {
  const invite = useInvite();
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
    invite.mutate(
      { ...to, scopes },
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
