import { Route } from "react-router";
import { lazyPage } from "../ui/lazy-page";

const SafetyHomePage = lazyPage(() => import("./safety-home-page"), "SafetyHomePage");
const IntakePage = lazyPage(() => import("./intake-page"), "IntakePage");
const ResultsPage = lazyPage(() => import("./results-page"), "ResultsPage");
const SheetPage = lazyPage(() => import("./sheet-page"), "SheetPage");
const CheckPage = lazyPage(() => import("./check-page"), "CheckPage");

export const safetyRoutes = (
  <>
    <Route path="safety" element={<SafetyHomePage />} />
    <Route path="safety/intake" element={<IntakePage />} />
    <Route path="safety/results" element={<ResultsPage />} />
    <Route path="safety/sheet" element={<SheetPage />} />
    <Route path="safety/check" element={<CheckPage />} />
  </>
);
