import { Link } from "react-router";
import {
  guidedLibrary,
  libraryMinutes,
  playPath,
  practiceName,
  practiceSummary,
} from "./practice-names";

/** Every guided practice with its lengths (1–20 minutes, one tap each) and the yoga routines. */
export function PracticeLibrary() {
  return (
    <section className="practice-section" aria-labelledby="library-heading">
      <h2 id="library-heading">Practices</h2>
      <ul className="practice-library">
        {guidedLibrary.map((id) => (
          <li key={id} className="practice-library__item">
            <h3 className="practice-library__name">{practiceName(id)}</h3>
            <p className="practice-library__summary">{practiceSummary(id)}</p>
            <ul className="practice-lengths" aria-label={`Lengths for ${practiceName(id)}`}>
              {libraryMinutes.map((minutes) => (
                <li key={minutes}>
                  <Link className="practice-lengths__link" to={playPath(id, minutes)}>
                    {minutes} min
                    <span className="visually-hidden"> of {practiceName(id).toLowerCase()}</span>
                  </Link>
                </li>
              ))}
            </ul>
          </li>
        ))}
        <li className="practice-library__item">
          <h3 className="practice-library__name">Gentle yoga</h3>
          <p className="practice-library__summary">
            5, 10 or 15 minutes of poses chosen from your safety answers, with chair or wall
            versions where they help.
          </p>
          <Link className="button button--secondary" to="/practice/routines">
            See yoga routines
          </Link>
        </li>
      </ul>
    </section>
  );
}
