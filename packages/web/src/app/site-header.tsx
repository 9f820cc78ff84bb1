import { Link } from "react-router";
import { SignOutButton } from "../accounts/sign-out-button";

type SiteHeaderProps = {
  isSignedIn: boolean;
  isMenuOpen: boolean;
  onToggleMenu: () => void;
};

export function SiteHeader({ isSignedIn, isMenuOpen, onToggleMenu }: SiteHeaderProps) {
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <Link className="site-header__brand" to="/">
          PainPlan
        </Link>
        {isSignedIn && (
          <div className="site-header__actions">
            {/* Shown on narrow screens only (CSS): the navigation folds away behind it. */}
            <button
              type="button"
              className="button button--secondary menu-button"
              aria-expanded={isMenuOpen}
              aria-controls="main-navigation-list"
              onClick={onToggleMenu}
            >
              Menu
            </button>
            {/* Wide screens only (CSS): on a phone it sits at the end of the opened menu, away
                from "Menu", so a tap meant for the menu never signs the person out. */}
            <div className="site-header__sign-out">
              <SignOutButton variant="quiet" />
            </div>
          </div>
        )}
      </div>
    </header>
  );
}
