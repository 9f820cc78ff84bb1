import type { CareTeamMember, CareTeamScopeSet } from "@painplan/core";
import { useState } from "react";
import type { PersonDates } from "../ui/person-dates";
import { ScopeChoices } from "./scope-choices";
import { sharedInWords } from "./scope-words";
import { useChangeScopes, useRevoke } from "./care-team-queries";

const statusWords: Record<CareTeamMember["status"], string> = {
  invited: "Invited, not joined yet",
  active: "In your care team",
  revoked: "Access ended",
  expired: "Invitation expired",
};

/** One practitioner: who, what they see, change it or end it (both at once). */
export function MemberCard({ member, dates }: { member: CareTeamMember; dates: PersonDates }) {
  const name = member.practitioner?.displayName ?? member.invitedEmail ?? "A practitioner";
  const isOpen = member.status === "invited" || member.status === "active";
  const headingId = `member-${member.id}`;
  return (
    <li className="panel" aria-labelledby={headingId}>
      <h3 id={headingId}>{name}</h3>
      <p>
        {statusWords[member.status]}
        {member.status === "invited" &&
          ` · the invitation works until ${dates.dateOf(member.expiresAt)}`}
        {member.status === "revoked" &&
          member.revokedAt !== null &&
          ` · on ${dates.dateOf(member.revokedAt)}`}
      </p>
      <p>Shared: {sharedInWords(member.scopes)}</p>
      {isOpen && <MemberControls member={member} name={name} />}
    </li>
  );
}

function MemberControls({ member, name }: { member: CareTeamMember; name: string }) {
  const [scopes, setScopes] = useState<CareTeamScopeSet>(member.scopes);
  const change = useChangeScopes();
  const revoke = useRevoke();
  return (
    <>
      <details>
        <summary className="inline-target">Change what {name} sees</summary>
        <ScopeChoices
          id={`scopes-${member.id}`}
          legend={`What ${name} may see`}
          scopes={scopes}
          onChange={setScopes}
        />
        <div className="form__actions">
          <button
            type="button"
            className="button button--primary"
            disabled={change.isPending}
            onClick={() => {
              change.mutate({ memberId: member.id, scopes });
            }}
          >
            Save what they see
          </button>
        </div>
        {change.isSuccess && (
          <p className="form__status" role="status">
            Saved. It counts from now on.
          </p>
        )}
      </details>
      <div className="form__actions">
        <button
          type="button"
          className="button button--secondary"
          disabled={revoke.isPending}
          onClick={() => {
            revoke.mutate(member.id);
          }}
        >
          {member.status === "invited" ? "Withdraw the invitation" : `End ${name}'s access now`}
        </button>
      </div>
      {(change.isError || revoke.isError) && (
        <p className="form__status" role="alert">
          {(change.error ?? revoke.error)?.message}
        </p>
      )}
    </>
  );
}
