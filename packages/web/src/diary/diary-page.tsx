import { useRef, useState } from "react";
import { Link, useLocation } from "react-router";
import { useSignedInUser } from "../accounts/signed-in-user";
import { Page } from "../ui/page";
import { usePersonDates } from "../accounts/use-person-dates";
import { groupByLocalDay } from "./diary-days";
import { usePainEntries } from "./diary-queries";
import { ExportLinks } from "./export-links";
import { LoadingPanel, RetryPanel } from "../ui/load-states";
import { PainEntryCard } from "./pain-entry-card";
import { QuickLog } from "./quick-log";
import { savedNoticeOf } from "./saved-notice";

export function DiaryPage() {
  const user = useSignedInUser();
  const location = useLocation();
  const entries = usePainEntries(user.id);
  const [deletedNotice, setDeletedNotice] = useState<string | undefined>(undefined);
  const entriesHeadingRef = useRef<HTMLHeadingElement>(null);
  const notice = deletedNotice ?? savedNoticeOf(location.state) ?? "";
  const dates = usePersonDates();
  const days = groupByLocalDay(entries.data?.pages.flatMap((page) => page.items) ?? []);

  function onDeleted() {
    setDeletedNotice("The entry is deleted.");
    entriesHeadingRef.current?.focus();
  }

  return (
    <Page
      title="Diary"
      intro={<p>How your pain has been, day by day. Stable days and rest days count too.</p>}
    >
      <p className="notice" role="status">
        {notice}
      </p>
      <p>
        <Link className="button button--primary" to="/diary/new">
          Add a full entry
        </Link>
      </p>
      <QuickLog userId={user.id} headingLevel={2} />
      <section aria-labelledby="entries-heading" className="diary-days">
        <h2 id="entries-heading" ref={entriesHeadingRef} tabIndex={-1}>
          Your entries
        </h2>
        {entries.isPending && <LoadingPanel what="your entries" />}
        {entries.isError && (
          <RetryPanel what="your entries" onRetry={() => void entries.refetch()} />
        )}
        {entries.isSuccess && days.length === 0 && (
          <p>No entries yet. Whenever you are ready, one number is enough.</p>
        )}
        {days.map((day) => (
          <section
            key={day.localDate}
            className="diary-day"
            aria-label={dates.dayName(day.localDate)}
          >
            <h3 className="diary-day__heading">{dates.dayName(day.localDate)}</h3>
            <ul className="diary-day__entries">
              {day.entries.map((entry) => (
                <li key={entry.id}>
                  <PainEntryCard userId={user.id} entry={entry} onDeleted={onDeleted} />
                </li>
              ))}
            </ul>
          </section>
        ))}
        {entries.hasNextPage && (
          <button
            type="button"
            className="button button--secondary"
            onClick={() => void entries.fetchNextPage()}
          >
            {entries.isFetchingNextPage ? "Loading…" : "Show older entries"}
          </button>
        )}
      </section>
      <ExportLinks userId={user.id} />
    </Page>
  );
}
