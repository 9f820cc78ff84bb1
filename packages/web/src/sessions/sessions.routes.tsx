import { Route } from "react-router";
import { lazyPage } from "../ui/lazy-page";

const SessionHistoryPage = lazyPage(() => import("./session-history-page"), "SessionHistoryPage");
const LogSessionPage = lazyPage(() => import("./log-session-page"), "LogSessionPage");
const EditSessionPage = lazyPage(() => import("./edit-session-page"), "EditSessionPage");

export const sessionsRoutes = (
  <>
    <Route path="sessions" element={<SessionHistoryPage />} />
    <Route path="sessions/log" element={<LogSessionPage />} />
    <Route path="sessions/:sessionId/edit" element={<EditSessionPage />} />
  </>
);
