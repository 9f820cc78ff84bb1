import { Route } from "react-router";
import { lazyPage } from "../ui/lazy-page";

const SearchPage = lazyPage(() => import("./search-page"), "SearchPage");
const PractitionerPage = lazyPage(() => import("./practitioner-page"), "PractitionerPage");
const ComparePage = lazyPage(() => import("./compare-page"), "ComparePage");
const SavedPage = lazyPage(() => import("./saved-page"), "SavedPage");
const QuestionsPage = lazyPage(() => import("./questions-page"), "QuestionsPage");
const VerificationPage = lazyPage(() => import("./verification-page"), "VerificationPage");

export const directoryRoutes = (
  <>
    <Route path="directory" element={<SearchPage />} />
    <Route path="directory/practitioners/:practitionerId" element={<PractitionerPage />} />
    <Route path="directory/compare" element={<ComparePage />} />
    <Route path="directory/saved" element={<SavedPage />} />
    <Route path="directory/questions" element={<QuestionsPage />} />
    {/* Admins only: the page itself shows anyone else "not found" (see verification-page). */}
    <Route path="directory/verification" element={<VerificationPage />} />
  </>
);
