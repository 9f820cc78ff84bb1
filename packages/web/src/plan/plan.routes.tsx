import { Route } from "react-router";
import { lazyPage } from "../ui/lazy-page";

const PlanPage = lazyPage(() => import("./plan-page"), "PlanPage");
const ItemBuilderPage = lazyPage(() => import("./item-builder-page"), "ItemBuilderPage");
const ItemEditPage = lazyPage(() => import("./item-builder-page"), "ItemEditPage");
const CalendarPage = lazyPage(() => import("./calendar-page"), "CalendarPage");
const ArchivedPlansPage = lazyPage(() => import("./archived-plans-page"), "ArchivedPlansPage");
const ArchivedPlanPage = lazyPage(() => import("./archived-plans-page"), "ArchivedPlanPage");
const PlanDetailsPage = lazyPage(() => import("./plan-details-page"), "PlanDetailsPage");
const GoalsPage = lazyPage(() => import("./goals-page"), "GoalsPage");

export const planRoutes = (
  <>
    <Route path="plan" element={<PlanPage />} />
    <Route path="plan/items/new" element={<ItemBuilderPage />} />
    <Route path="plan/items/:itemId/edit" element={<ItemEditPage />} />
    <Route path="plan/calendar" element={<CalendarPage />} />
    <Route path="plan/goals" element={<GoalsPage />} />
    <Route path="plan/details" element={<PlanDetailsPage />} />
    <Route path="plan/archived" element={<ArchivedPlansPage />} />
    <Route path="plan/archived/:planId" element={<ArchivedPlanPage />} />
  </>
);
