import { Route } from "react-router";
import { lazyPage } from "../ui/lazy-page";

const LandingPage = lazyPage(() => import("./landing-page"), "LandingPage");

/** The welcome page for signed-out visitors; "/" leads here when no one is signed in. */
export const landingRoutes = <Route path="welcome" element={<LandingPage />} />;

/** Where a signed-out visit to "/" goes. */
export const landingPath = "/welcome";
