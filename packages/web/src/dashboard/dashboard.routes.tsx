import { Route } from "react-router";
import { lazyPage } from "../ui/lazy-page";

const loadDashboardPage = () => import("./dashboard-page");
const DashboardPage = lazyPage(loadDashboardPage, "DashboardPage");

export const dashboardRoutes = <Route index element={<DashboardPage />} />;

/**
 * Most visits land on the dashboard: while the sign-in guard waits for `/api/me`, its code can
 * already be on its way instead of being asked for only after the answer.
 */
export function preloadDashboardPage(): void {
  void loadDashboardPage();
}
