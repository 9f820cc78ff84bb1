import type { PlanProposal } from "@painplan/core";
import type { PersonDates } from "../ui/person-dates";
import { useDecideProposal, useProposals } from "./care-team-queries";
import { changeInWords } from "./change-words";

/** Changes practitioners suggested for the person's plan: accept or decline each. */
export function ProposalList({ ownerId, dates }: { ownerId: string; dates: PersonDates }) {
  const proposals = useProposals(ownerId);
  const decide = useDecideProposal();
  const all = proposals.data?.proposals ?? [];
  if (all.length === 0) return null;
  return (
    <section aria-labelledby="proposals-heading">
      <h2 id="proposals-heading">Suggested changes to your plan</h2>
      <ul className="plain-list">
        {all.map((proposal) => (
          <li className="panel" key={proposal.id}>
            <p>
              <strong>{proposal.proposedBy.displayName}</strong> suggests for{" "}
              <strong>{proposal.itemTitle}</strong>: {changeInWords(proposal.change)}
            </p>
            <p>Why: {proposal.reason}</p>
            <p>Suggested {dates.momentOf(proposal.proposedAt)}</p>
            <Decision
              proposal={proposal}
              onDecide={(decision) => {
                decide.mutate({ proposalId: proposal.id, decision });
              }}
              isBusy={decide.isPending}
            />
          </li>
        ))}
      </ul>
      {decide.isError && (
        <p className="form__status" role="alert">
          {decide.error.message}
        </p>
      )}
    </section>
  );
}

function Decision({
  proposal,
  onDecide,
  isBusy,
}: {
  proposal: PlanProposal;
  onDecide: (decision: "accept" | "decline") => void;
  isBusy: boolean;
}) {
  if (proposal.status === "accepted") {
    return (
      <p role="status">You accepted it: your plan changed (version {proposal.planVersion}).</p>
    );
  }
  if (proposal.status === "declined") return <p role="status">You declined it. Nothing changed.</p>;
  return (
    <div className="form__actions">
      <button
        type="button"
        className="button button--primary"
        disabled={isBusy}
        onClick={() => {
          onDecide("accept");
        }}
      >
        Accept the change
      </button>
      <button
        type="button"
        className="button button--secondary"
        disabled={isBusy}
        onClick={() => {
          onDecide("decline");
        }}
      >
        Decline
      </button>
    </div>
  );
}
