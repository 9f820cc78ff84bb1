import { NavLink } from "react-router";
import { SignOutButton } from "../accounts/sign-out-button";
import { builtAreas } from "../ui/areas";

type MainNavigationProps = { isOpen: boolean; onNavigate: () => void };

/**
 * The areas a person can use; areas still to come are not listed (see `ui/areas.ts`). On narrow
 * screens "Sign out" ends the opened menu (the header shows it on wide screens only).
 */
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
        {builtAreas.map((area) => (
          <li key={area.slug}>
            <NavLink className="main-nav__link" to={area.path} onClick={onNavigate}>
              {area.name}
            </NavLink>
          </li>
        ))}
        <li className="main-nav__sign-out">
          <SignOutButton variant="secondary" />
        </li>
      </ul>
    </nav>
  );
}
