import { Link } from "react-router";
import type { Area } from "../ui/areas";

/** The whole card is the link: one big target, no precise tapping needed. */
export function AreaCard({ area }: { area: Area }) {
  return (
    <Link className="card" to={area.path}>
      <span className="card__title">{area.name}</span>
      <span className="card__text">{area.description}</span>
    </Link>
  );
}
