import { Route } from "react-router";
import { lazyPage } from "../ui/lazy-page";

const PracticePage = lazyPage(() => import("./practice-page"), "PracticePage");
const RoutinesPage = lazyPage(() => import("./routines-page"), "RoutinesPage");
const PlayPage = lazyPage(() => import("./play-page"), "PlayPage");

export const practiceRoutes = (
  <>
    <Route path="practice" element={<PracticePage />} />
    <Route path="practice/routines" element={<RoutinesPage />} />
    <Route path="practice/play/:practiceId" element={<PlayPage />} />
  </>
);
