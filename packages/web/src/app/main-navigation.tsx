import { NavLink } from "react-router";
import { areas } from "../ui/areas";

type MainNavigationProps = { isOpen: boolean; onNavigate: () => void };

/** Every area is listed, built or not: the ones to come open a "coming soon" page. */
export function MainNavigation({ isOpen, onNavigate }: MainNavigationProps) {
  return (
    <nav className="main-nav" aria-label="Main">
      <ul
        id="main-navigation-list"
        className={isOpen ? "main-nav__list main-nav__list--open" : "main-nav__list"}
      >
        <li>
          <NavLink className="main-nav__link" to="/" end onClick={onNavigate}>
            Dashboard
          </NavLink>
        </li>
        {areas.map((area) => (
          <li key={area.slug}>
            <NavLink className="main-nav__link" to={area.path} onClick={onNavigate}>
              {area.name}
              {!area.isBuilt && <span className="main-nav__soon"> (coming soon)</span>}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
