import type { CalendarFeedLink, CalendarFeedStatus } from "@painplan/core";
import { useState } from "react";
import { formProblemFrom } from "../forms/form-problem";
import type { PersonDates } from "../ui/person-dates";
import { CopyLink } from "./copy-link";
import { useNewFeedLink, useRevokeFeed } from "./reminder-queries";

type FeedSectionProps = { feed: CalendarFeedStatus; dates: PersonDates };

/**
 * The private calendar link: create it, copy it into a calendar app, see whether the app is
 * fetching it, and make a new one or switch it off. The secret is shown only right after it is
 * made (the server keeps only a hash), so a lost link is replaced, not shown again.
 */
export function FeedSection({ feed, dates }: FeedSectionProps) {
  const [link, setLink] = useState<CalendarFeedLink | undefined>(undefined);
  const newLink = useNewFeedLink();
  const revoke = useRevokeFeed();
  const problem = formProblemFrom(newLink.error ?? revoke.error, []);
  const makeLink = () => {
    if (newLink.isPending) return;
    newLink.mutate(feed.active, { onSuccess: setLink });
  };
  return (
    <section className="panel" aria-labelledby="feed-heading">
      <h2 id="feed-heading">Your calendar app</h2>
      <p>
        A private link puts every session of your plan in your own calendar (Apple, Google,
        Outlook…), with an alarm before each one. Anyone with the link can see your sessions, so
        keep it to yourself.
      </p>
      {problem.summary !== undefined && (
        <p className="field__error" role="alert">
          {problem.summary}
        </p>
      )}
      {link !== undefined && <CopyLink url={link.url} webcalUrl={link.webcalUrl} />}
      {feed.active && <FeedHealth feed={feed} dates={dates} />}
      <div className="form__actions">
        <button
          type="button"
          className={feed.active ? "button button--secondary" : "button button--primary"}
          aria-disabled={newLink.isPending ? true : undefined}
          onClick={makeLink}
        >
          {feed.active ? "Make a new link (the old one stops working)" : "Make my calendar link"}
        </button>
        {feed.active && (
          <button
            type="button"
            className="button button--quiet"
            aria-disabled={revoke.isPending ? true : undefined}
            onClick={() => {
              if (revoke.isPending) return;
              revoke.mutate(undefined, {
                onSuccess: () => {
                  setLink(undefined);
                },
              });
            }}
          >
            Switch the link off
          </button>
        )}
      </div>
    </section>
  );
}

function FeedHealth({ feed, dates }: FeedSectionProps) {
  return (
    <div role="status">
      <p>
        {feed.lastFetchedAt === null
          ? "No calendar has fetched your link yet."
          : `Last fetched ${dates.momentOf(feed.lastFetchedAt)}${feed.client === null ? "" : ` by ${feed.client}`}.`}
      </p>
      {feed.warnings.length > 0 && (
        <ul>
          {feed.warnings.map((warning) => (
            <li key={warning.code}>
              {warning.message} {warning.suggestion}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
