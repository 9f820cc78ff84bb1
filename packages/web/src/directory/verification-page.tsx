import type { VerificationOutcome } from "@painplan/core";
import { useState } from "react";
import { useSignedInUser } from "../accounts/signed-in-user";
import { usePersonDates } from "../accounts/use-person-dates";
import { LoadingPanel, RetryPanel } from "../ui/load-states";
import { NotFoundPage } from "../ui/not-found-page";
import { Page } from "../ui/page";
import type { PersonDates } from "../ui/person-dates";
import { useVerificationQueue } from "./verification-queries";
import { queueGroupsOf, type QueueEntryView, type QueueGroupView } from "./verification-queue-view";
import { VerificationHistory } from "./verification-history";
import { VerifyCredentialForm } from "./verify-credential-form";
import "./directory.css";

/**
 * The admin's verification queue. Anyone else meets the page every unknown address shows (the
 * server refuses them the queue anyway): the page's existence is not advertised.
 */
export function VerificationPage() {
  const user = useSignedInUser();
  if (user.role !== "admin") return <NotFoundPage />;
  return <VerificationQueue />;
}

function VerificationQueue() {
  const dates = usePersonDates();
  const queue = useVerificationQueue();
  const [done, setDone] = useState("");
  const groups = queueGroupsOf(queue.data?.pages.flatMap((page) => page.items) ?? [], dates);
  const onVerified =
    (group: QueueGroupView, entry: QueueEntryView) => (outcome: VerificationOutcome) => {
      const result = outcome === "confirmed" ? "Verified" : "Saved as not confirmed";
      setDone(`${result}: ${entry.title} (${group.displayName}). It has left the queue.`);
    };
  return (
    <Page
      title="Check credentials"
      intro="Licences and certificates that no admin has verified, or verified over a year ago. Check each one and say what you looked at."
    >
      <p className="form__status" role="status">
        {done}
      </p>
      {queue.isPending ? (
        <LoadingPanel what="the credentials to check" />
      ) : queue.isError ? (
        <RetryPanel what="the credentials to check" onRetry={() => void queue.refetch()} />
      ) : groups.length === 0 ? (
        <p className="panel">
          Nothing to check: every licence and certificate was verified within the last year.
        </p>
      ) : (
        <ul className="plain-list">
          {groups.map((group) => (
            <li key={group.practitionerId}>
              <PractitionerChecks group={group} dates={dates} onVerified={onVerified} />
            </li>
          ))}
        </ul>
      )}
      {queue.hasNextPage && (
        <button
          type="button"
          className="button button--secondary"
          aria-disabled={queue.isFetchingNextPage || undefined}
          onClick={() => {
            if (!queue.isFetchingNextPage) void queue.fetchNextPage();
          }}
        >
          {queue.isFetchingNextPage ? "Loading more…" : "Show more"}
        </button>
      )}
    </Page>
  );
}

/**
 * What the admin checks about the practitioner beside their credentials: the NPI (with a link to
 * its page in the NPPES registry, or why there is none) and whether they take new clients.
 */
function PractitionerFacts({ group }: { group: QueueGroupView }) {
  const npi = group.npi;
  return (
    <ul className="plain-list verification-facts">
      <li>
        {npi === null ? (
          "No NPI listed"
        ) : (
          <>
            {!npi.isCheckDigitValid && (
              <span className="verification__mark" aria-hidden="true">
                !
              </span>
            )}
            {npi.text}
            {npi.registryUrl !== null && (
              <>
                {" "}
                <a href={npi.registryUrl} rel="noreferrer" target="_blank">
                  Look it up in the NPI Registry (new tab)
                  {/* Heard out of context (a list of links): whose number. */}
                  <span className="visually-hidden">: {group.displayName}</span>
                </a>
              </>
            )}
          </>
        )}
      </li>
      <li>{group.accepting}</li>
    </ul>
  );
}

function PractitionerChecks({
  group,
  dates,
  onVerified,
}: {
  group: QueueGroupView;
  dates: PersonDates;
  onVerified: (
    group: QueueGroupView,
    entry: QueueEntryView,
  ) => (outcome: VerificationOutcome) => void;
}) {
  const headingId = `practitioner-${group.practitionerId}`;
  return (
    <section className="panel verification-group" aria-labelledby={headingId}>
      <h2 id={headingId}>{group.displayName}</h2>
      <PractitionerFacts group={group} />
      <ul className="plain-list">
        {group.entries.map((entry) => (
          <li key={entry.subjectId} className="verification-entry">
            <h3>{entry.title}</h3>
            <p>
              {/* A word as well as a mark: never colour or a symbol alone. */}
              <span className="verification__mark" aria-hidden="true">
                {entry.isStale ? "!" : "?"}
              </span>
              <strong>{entry.isStale ? "Out of date: " : "Not verified: "}</strong>
              {entry.why}
              {entry.expires === "" ? "" : ` · ${entry.expires}`}
            </p>
            <details className="verification-fold">
              <summary>
                Verify this {entry.subject === "licence" ? "licence" : "certificate"}
                {/* Heard out of context (a list of summaries): which one. */}
                <span className="visually-hidden">: {entry.title}</span>
              </summary>
              <VerifyCredentialForm
                practitionerId={group.practitionerId}
                entry={entry}
                onVerified={onVerified(group, entry)}
              />
            </details>
          </li>
        ))}
      </ul>
      <VerificationHistory
        practitionerId={group.practitionerId}
        displayName={group.displayName}
        dates={dates}
      />
    </section>
  );
}
