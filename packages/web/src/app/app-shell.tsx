import { Suspense, useState, type MouseEvent } from "react";
import { Outlet } from "react-router";
import { useCurrentUser } from "../accounts/current-user-query";
import { mayBeSignedIn } from "../accounts/sign-in-hint";
import { MainNavigation } from "./main-navigation";
import { SiteFooter } from "./site-footer";
import { SiteHeader } from "./site-header";
import { LoadingPage } from "../ui/status-page";

function skipToMain(event: MouseEvent<HTMLAnchorElement>): void {
  // Focus main directly: a #hash link would also be read by the router as a navigation.
  event.preventDefault();
  document.getElementById("main-content")?.focus();
}

/** Landmarks every page shares: skip link, header, navigation (when signed in), main, footer. */
export function AppShell() {
  const { data: user, isPending } = useCurrentUser();
  // While /api/me answers, the sign-in hint decides: the navigation is there from the first
  // frame instead of pushing the page aside when the answer comes (layout shift).
  const isSignedIn = isPending ? mayBeSignedIn() : user !== undefined && user !== null;
  const [isMenuOpen, setIsMenuOpen] = useState(false);

  return (
    <div className="shell">
      <a className="skip-link" href="#main-content" onClick={skipToMain}>
        Skip to main content
      </a>
      <SiteHeader
        isSignedIn={isSignedIn}
        isMenuOpen={isMenuOpen}
        onToggleMenu={() => {
          setIsMenuOpen((isOpen) => !isOpen);
        }}
      />
      <div className={isSignedIn ? "shell__body shell__body--with-nav" : "shell__body"}>
        {isSignedIn && (
          <MainNavigation
            role={user?.role}
            isOpen={isMenuOpen}
            onNavigate={() => {
              setIsMenuOpen(false);
            }}
          />
        )}
        <main id="main-content" className="shell__main" tabIndex={-1}>
          {/* Each area's pages load on first visit; meanwhile a polite "Loading…". */}
          <Suspense fallback={<LoadingPage />}>
            <Outlet />
          </Suspense>
        </main>
      </div>
      <SiteFooter />
    </div>
  );
}
