import type { PainEntry } from "@painplan/core";
import { Link } from "react-router";
import type { PersonDates } from "../ui/person-dates";
import { PainTrend } from "./pain-trend";
import { weekTrend } from "./week-trend";

type PersonWeekProps = {
  /** The person's entries of the last 7 local days (newest first), or undefined if not loaded. */
  entries: readonly PainEntry[] | undefined;
  dates: PersonDates;
};

const originWords: Record<PainEntry["origin"], string> = {
  entry: "full entry",
  "quick-log": "quick log",
  "stable-day": "stable day",
};

/**
 * About the person, not the app: today's entries (clock times in their zone) and the last 7
 * days of pain as a small chart with its text alternative. Nothing logged yet is said gently.
 */
export function PersonWeek({ entries, dates }: PersonWeekProps) {
  if (entries === undefined) {
    return (
      <section className="panel" aria-labelledby="week-heading">
        <h2 id="week-heading">Your pain this week</h2>
        <p>Your diary could not be loaded just now.</p>
      </section>
    );
  }
  const todays = entries.filter((entry) => entry.localDate === dates.today);
  return (
    <section className="panel person-week" aria-labelledby="week-heading">
      <h2 id="week-heading">Your pain this week</h2>
      {entries.length === 0 ? (
        // Said once: an empty week needs no "today" and "last 7 days" of its own.
        <p>Nothing logged in the last 7 days yet. Your week will show here.</p>
      ) : (
        <>
          <h3 className="person-week__subheading">Logged today</h3>
          {todays.length === 0 ? (
            <p>Nothing logged today yet.</p>
          ) : (
            <ul className="person-week__entries">
              {todays.map((entry) => (
                <li key={entry.id}>
                  <strong>{entry.localTime}</strong> pain {entry.intensityNow} out of 10 ·{" "}
                  {originWords[entry.origin]}
                </li>
              ))}
            </ul>
          )}
          <h3 className="person-week__subheading">Last 7 days</h3>
          <PainTrend days={weekTrend(entries, dates.today)} dates={dates} />
        </>
      )}
      <p>
        <Link className="inline-target" to="/diary">
          Open your diary
        </Link>
      </p>
    </section>
  );
}
