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
            <SignOutButton variant="quiet" />
          </div>
        )}
      </div>
    </header>
  );
}
