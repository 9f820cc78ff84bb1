import { useEffect } from "react";
import { Navigate, Outlet, useLocation, useSearchParams } from "react-router";
import { useCurrentUser } from "../accounts/current-user-query";
import { safeNextPath, signInPathFor } from "../accounts/next-path";
import { SignedInUserContext } from "../accounts/signed-in-user";
import { mayBeSignedIn } from "../accounts/sign-in-hint";
import { isSignedOutState } from "../accounts/sign-out-state";
import { preloadDashboardPage } from "../dashboard/dashboard.routes";
import { landingPath } from "../landing/landing.routes";
import { LoadingPage, UnavailablePage } from "../ui/status-page";

/**
 * App pages: signed-out visitors go to sign-in and come back here afterwards; at "/" they meet
 * the welcome page.
 */
export function RequireSignIn() {
  const { data: user, isPending, refetch } = useCurrentUser();
  const location = useLocation();
  const isDashboard = location.pathname === "/";
  useEffect(() => {
    if (isPending && isDashboard && mayBeSignedIn()) preloadDashboardPage();
  }, [isPending, isDashboard]);
  if (isPending) return <LoadingPage />;
  if (user !== undefined && user !== null) {
    return (
      <SignedInUserContext value={user}>
        <Outlet />
      </SignedInUserContext>
    );
  }
  // A signed-out visit to the home page meets the welcome page, not a sign-in form.
  if (user === null && isDashboard) return <Navigate to={landingPath} replace />;
  if (user === null) {
    return <Navigate to={signInPathFor(location.pathname + location.search)} replace />;
  }
  return <UnavailablePage onRetry={() => void refetch()} />;
}

/** Sign-in and register: someone already signed in goes on to where they were heading. */
export function SignedOutOnly() {
  const { data: user, isPending } = useCurrentUser();
  const [searchParams] = useSearchParams();
  const location = useLocation();
  if (isPending) return <LoadingPage />;
  if (user !== undefined && user !== null && !isSignedOutState(location.state)) {
    return <Navigate to={safeNextPath(searchParams.get("next"))} replace />;
  }
  return <Outlet />;
}
