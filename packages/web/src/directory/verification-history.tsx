import { useState } from "react";
import type { PersonDates } from "../ui/person-dates";
import { usePractitionerVerifications } from "./verification-queries";
import { historyLine } from "./verification-queue-view";

/**
 * A practitioner's verification history (who checked what, when, with what evidence), folded
 * away and loaded only when the admin opens it.
 */
export function VerificationHistory({
  practitionerId,
  displayName,
  dates,
}: {
  practitionerId: string;
  displayName: string;
  dates: PersonDates;
}) {
  const [isOpen, setIsOpen] = useState(false);
  const history = usePractitionerVerifications(practitionerId, isOpen);
  return (
    <details
      className="verification-fold"
      onToggle={(event) => {
        setIsOpen(event.currentTarget.open);
      }}
    >
      <summary>Earlier checks of {displayName}</summary>
      {history.isPending && isOpen && (
        <p className="loading" role="status">
          Loading earlier checks…
        </p>
      )}
      {history.isError && (
        <p role="alert">
          The earlier checks could not be loaded just now.{" "}
          <button
            type="button"
            className="button button--secondary"
            onClick={() => void history.refetch()}
          >
            Try again
          </button>
        </p>
      )}
      {history.data !== undefined &&
        (history.data.items.length === 0 ? (
          <p>No checks yet: nobody has verified anything of theirs.</p>
        ) : (
          <ul className="why-match">
            {history.data.items.map((record) => (
              <li key={record.id}>
                {historyLine(record, dates)}
                {record.evidence !== null && record.evidence !== "" && (
                  <>
                    <br />
                    Evidence: {record.evidence}
                  </>
                )}
              </li>
            ))}
          </ul>
        ))}
    </details>
  );
}
