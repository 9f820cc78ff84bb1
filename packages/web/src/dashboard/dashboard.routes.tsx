import { Route } from "react-router";
import { lazyPage } from "../ui/lazy-page";

const DashboardPage = lazyPage(() => import("./dashboard-page"), "DashboardPage");

export const dashboardRoutes = <Route index element={<DashboardPage />} />;
