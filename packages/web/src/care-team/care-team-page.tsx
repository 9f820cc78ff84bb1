import { Link, useSearchParams } from "react-router";
import { usePersonDates } from "../accounts/use-person-dates";
import { useSignedInUser } from "../accounts/signed-in-user";
import { LoadingPanel, RetryPanel } from "../ui/load-states";
import { Page } from "../ui/page";
import { useCareTeam } from "./care-team-queries";
import { InviteForm } from "./invite-form";
import { MemberCard } from "./member-card";
import { ProposalList } from "./proposal-list";

/**
 * The person's care team in one place: who is in it and what each sees (change it or end it, at
 * once), suggested plan changes to accept or decline, inviting someone, and the access log.
 */
export function CareTeamPage() {
  const user = useSignedInUser();
  const team = useCareTeam();
  const dates = usePersonDates();
  return (
    <Page
      title="Care team"
      heading="My care team"
      intro={
        <p>
          The people who help with your care see only what you choose here. Nothing is shared until
          you say so, and you can change it or end it at any time.
        </p>
      }
    >
      {user.role === "practitioner" && (
        <p>
          <Link className="button button--secondary" to="/care-team/clients">
            My clients
          </Link>
        </p>
      )}
      <ProposalList ownerId={user.id} dates={dates} />
      <section aria-labelledby="members-heading">
        <h2 id="members-heading">Who is in it</h2>
        {team.isPending && <LoadingPanel what="your care team" />}
        {team.isError && <RetryPanel what="your care team" onRetry={() => void team.refetch()} />}
        {team.data !== undefined &&
          (team.data.members.length === 0 ? (
            <p>No one yet.</p>
          ) : (
            <ul className="plain-list">
              {team.data.members.map((member) => (
                <MemberCard key={member.id} member={member} dates={dates} />
              ))}
            </ul>
          ))}
      </section>
      <section aria-labelledby="invite-heading">
        <h2 id="invite-heading">Invite someone</h2>
        <InviteForm headingLevel={3} />
      </section>
      <p>
        <Link className="inline-target" to="/care-team/access-log">
          Who has looked at my records
        </Link>
      </p>
    </Page>
  );
}

/** Invite a practitioner chosen in the directory (`?practitionerId=`), or by e-mail. */
export function InvitePage() {
  const [search] = useSearchParams();
  const practitionerId = search.get("practitionerId") ?? undefined;
  return (
    <Page
      title="Invite to my care team"
      intro={<p>Choose what they may see. You can change it or end it at any time.</p>}
    >
      <InviteForm practitionerId={practitionerId} />
      <p>
        <Link className="inline-target" to="/care-team">
          Back to my care team
        </Link>
      </p>
    </Page>
  );
}
