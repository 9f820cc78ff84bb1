import { Link } from "react-router";
import { useQuestionnaireOverview } from "./questionnaire-queries";

/** On the dashboard: the check-ins due today, if any. Nothing is shown when none are due. */
export function DueQuestionnaires({ userId }: { userId: string }) {
  const overview = useQuestionnaireOverview(userId);
  const due = (overview.data?.instruments ?? []).filter((instrument) =>
    overview.data?.due.includes(instrument.id),
  );
  if (due.length === 0) return null;
  return (
    <section className="panel" aria-labelledby="due-heading">
      <h2 id="due-heading">Check-ins for today</h2>
      <p>Short questionnaires you asked to be reminded of. Each is optional.</p>
      <ul className="link-list">
        {due.map((instrument) => (
          <li key={instrument.id}>
            <Link to={`/questionnaires/${instrument.id}`}>Fill in the {instrument.title}</Link>
          </li>
        ))}
      </ul>
      <p>
        <Link className="inline-target" to="/questionnaires">
          All questionnaires, or skip one for now
        </Link>
      </p>
    </section>
  );
}
