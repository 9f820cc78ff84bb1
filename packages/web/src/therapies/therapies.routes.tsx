import { Route } from "react-router";
import { lazyPage } from "../ui/lazy-page";

const LibraryPage = lazyPage(() => import("./library-page"), "LibraryPage");
const TherapyDetailPage = lazyPage(() => import("./therapy-detail-page"), "TherapyDetailPage");

export const therapiesRoutes = (
  <>
    <Route path="therapies" element={<LibraryPage />} />
    <Route path="therapies/:therapyId" element={<TherapyDetailPage />} />
  </>
);
