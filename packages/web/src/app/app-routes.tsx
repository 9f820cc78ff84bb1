import { Route, Routes } from "react-router";
import { RegisterPage } from "../accounts/register-page";
import { SettingsPage } from "../accounts/settings-page";
import { SignInPage } from "../accounts/sign-in-page";
import { DashboardPage } from "../dashboard/dashboard-page";
import { AppShell } from "./app-shell";
import { comingSoonAreas } from "./areas";
import { ComingSoonPage } from "./coming-soon-page";
import { NotFoundPage } from "./not-found-page";
import { RequireSignIn, SignedOutOnly } from "./route-guards";

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<AppShell />}>
        <Route element={<SignedOutOnly />}>
          <Route path="sign-in" element={<SignInPage />} />
          <Route path="register" element={<RegisterPage />} />
        </Route>
        <Route element={<RequireSignIn />}>
          <Route index element={<DashboardPage />} />
          <Route path="settings" element={<SettingsPage />} />
          {comingSoonAreas.map((area) => (
            <Route
              key={area.slug}
              path={area.path.slice(1)}
              element={<ComingSoonPage area={area} />}
            />
          ))}
        </Route>
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
