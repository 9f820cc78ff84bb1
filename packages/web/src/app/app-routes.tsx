import { Route, Routes } from "react-router";
import { accountRoutes, signedOutAccountRoutes } from "../accounts/accounts.routes";
import { careTeamRoutes } from "../care-team/care-team.routes";
import { dashboardRoutes } from "../dashboard/dashboard.routes";
import { diaryRoutes } from "../diary/diary.routes";
import { directoryRoutes } from "../directory/directory.routes";
import { landingRoutes } from "../landing/landing.routes";
import { learnRoutes } from "../learn/learn.routes";
import { planRoutes } from "../plan/plan.routes";
import { practiceRoutes } from "../practice/practice.routes";
import { costsRoutes } from "../costs/costs.routes";
import { profileRoutes } from "../profile/profile.routes";
import { questionnairesRoutes } from "../questionnaires/questionnaires.routes";
import { remindersRoutes } from "../reminders/reminders.routes";
import { safetyRoutes } from "../safety/safety.routes";
import { sessionsRoutes } from "../sessions/sessions.routes";
import { therapiesRoutes } from "../therapies/therapies.routes";
import { comingSoonAreas } from "../ui/areas";
import { NotFoundPage } from "../ui/not-found-page";
import { AppShell } from "./app-shell";
import { ComingSoonPage } from "./coming-soon-page";
import { RequireSignIn, SignedOutOnly } from "./route-guards";

/** Every area's routes, each loaded on first visit (see `<area>/<area>.routes.tsx`). */
export function AppRoutes() {
  return (
    <Routes>
      <Route element={<AppShell />}>
        <Route element={<SignedOutOnly />}>{signedOutAccountRoutes}</Route>
        <Route element={<SignedOutOnly />}>{landingRoutes}</Route>
        <Route element={<RequireSignIn />}>
          {dashboardRoutes}
          {accountRoutes}
          {profileRoutes}
          {diaryRoutes}
          {questionnairesRoutes}
          {safetyRoutes}
          {therapiesRoutes}
          {planRoutes}
          {remindersRoutes}
          {practiceRoutes}
          {costsRoutes}
          {sessionsRoutes}
          {directoryRoutes}
          {careTeamRoutes}
          {comingSoonAreas.map((area) => (
            <Route
              key={area.slug}
              path={area.path.slice(1)}
              element={<ComingSoonPage area={area} />}
            />
          ))}
        </Route>
        {learnRoutes}
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
