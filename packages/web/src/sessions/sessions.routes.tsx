import { Route } from "react-router";
import { lazyPage } from "../ui/lazy-page";

const SessionHistoryPage = lazyPage(() => import("./session-history-page"), "SessionHistoryPage");
const LogSessionPage = lazyPage(() => import("./log-session-page"), "LogSessionPage");

export const sessionsRoutes = (
  <>
    <Route path="sessions" element={<SessionHistoryPage />} />
    <Route path="sessions/log" element={<LogSessionPage />} />
  </>
);
