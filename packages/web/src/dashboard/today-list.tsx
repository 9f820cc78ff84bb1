import type { PlanToday } from "@painplan/core";
import { Link } from "react-router";
import { minutesOf } from "../plan/occurrence-minutes";
import { logSessionPath } from "../sessions/log-session-path";
import { areas } from "../ui/areas";

type TodayListProps = {
  today: PlanToday | undefined;
  /** How many check-ins (questionnaires) are due today; they are listed just below. */
  dueCheckIns: number;
};

const practiceArea = areas.find((area) => area.slug === "practice");

/**
 * Today in one place: the plan's sessions due today (in the person's zone, from the server),
 * a pointer to today's check-ins, and practice when that area exists. A day with nothing
 * planned is a rest day, said plainly and without guilt.
 */
export function TodayList({ today, dueCheckIns }: TodayListProps) {
  const sessions = (today?.occurrences ?? []).filter(
    (occurrence) => occurrence.status !== "cancelled",
  );
  return (
    <section className="panel" aria-labelledby="today-heading">
      <h2 id="today-heading">Today</h2>
      {today === undefined ? (
        <p>Your plan for today could not be loaded just now.</p>
      ) : sessions.length === 0 ? (
        <p>Nothing planned today. Rest days are part of the plan.</p>
      ) : (
        <ul className="today-list">
          {sessions.map((occurrence) => (
            <li key={`${occurrence.itemId}-${occurrence.key}`}>
              <strong>{occurrence.localTime}</strong> {occurrence.title}, {minutesOf(occurrence)}{" "}
              min
              {occurrence.status === "paused" && " · resting (plan paused)"}
              {occurrence.status === "held" && " · done"}
              {(occurrence.status === "scheduled" || occurrence.status === "moved") && (
                <>
                  {" "}
                  <Link className="inline-target" to={logSessionPath(occurrence)}>
                    Log it<span className="visually-hidden">: {occurrence.title}</span>
                  </Link>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      {dueCheckIns > 0 && (
        <p>
          {dueCheckIns === 1 ? "1 check-in is" : `${dueCheckIns} check-ins are`} due today (below).
        </p>
      )}
      <p className="plan-links">
        <Link className="inline-target" to="/plan/calendar">
          My calendar
        </Link>
        {practiceArea?.isBuilt === true && (
          <Link className="inline-target" to={practiceArea.path}>
            Practice
          </Link>
        )}
      </p>
    </section>
  );
}
