import type { PracticeLogEntry } from "@painplan/core";
import { usePersonDates } from "../accounts/use-person-dates";
import { RetryPanel } from "../ui/load-states";
import { durationWords } from "./playable-step";
import { practiceName } from "./practice-names";
import { useRecentPractice } from "./practice-queries";

/** The last few practices, newest first, with pain before and after where rated. */
export function RecentPractice() {
  const recent = useRecentPractice();
  const dates = usePersonDates();
  return (
    <section className="practice-section" aria-labelledby="recent-heading">
      <h2 id="recent-heading">Recent practice</h2>
      {recent.isError && (
        <RetryPanel
          what="your recent practice"
          onRetry={() => {
            void recent.refetch();
          }}
        />
      )}
      {recent.data?.items.length === 0 && <p>Nothing yet. When you practise, it shows here.</p>}
      {recent.data !== undefined && recent.data.items.length > 0 && (
        <ul className="practice-recent">
          {recent.data.items.map((entry) => (
            <li key={entry.id} className="practice-recent__item">
              <span className="practice-recent__day">{dates.dayName(entry.localDate)}</span>{" "}
              {practiceName(entry.practiceId)}, {durationWords(entry.secondsDone)}
              {painWords(entry)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function painWords(entry: PracticeLogEntry): string {
  const { painBefore, painAfter } = entry;
  if (painBefore !== null && painAfter !== null)
    return `. Pain ${painBefore} before, ${painAfter} after.`;
  if (painBefore !== null) return `. Pain ${painBefore} before.`;
  if (painAfter !== null) return `. Pain ${painAfter} after.`;
  return ".";
}
