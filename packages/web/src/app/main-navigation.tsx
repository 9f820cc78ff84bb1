import type { Role } from "@painplan/core";
import { NavLink } from "react-router";
import { SignOutButton } from "../accounts/sign-out-button";
import { areasFor } from "../ui/areas";

type MainNavigationProps = {
  isOpen: boolean;
  onNavigate: () => void;
  /** The signed-in person's role (undefined while it loads): admin pages are listed to admins only. */
  role: Role | undefined;
};

/**
 * The areas a person can use; areas still to come, and areas for another role, are not listed
 * (see `ui/areas.ts`). On narrow screens "Sign out" ends the opened menu (the header shows it on
 * wide screens only).
 */
export function MainNavigation({ isOpen, onNavigate, role }: MainNavigationProps) {
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
        {areasFor(role).map((area) => (
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
