import { Route } from "react-router";
import { lazyPage } from "../ui/lazy-page";

const PlanPage = lazyPage(() => import("./plan-page"), "PlanPage");
const ItemBuilderPage = lazyPage(() => import("./item-builder-page"), "ItemBuilderPage");
const ItemEditPage = lazyPage(() => import("./item-builder-page"), "ItemEditPage");
const CalendarPage = lazyPage(() => import("./calendar-page"), "CalendarPage");
const GoalsPage = lazyPage(() => import("./goals-page"), "GoalsPage");

export const planRoutes = (
  <>
    <Route path="plan" element={<PlanPage />} />
    <Route path="plan/items/new" element={<ItemBuilderPage />} />
    <Route path="plan/items/:itemId/edit" element={<ItemEditPage />} />
    <Route path="plan/calendar" element={<CalendarPage />} />
    <Route path="plan/goals" element={<GoalsPage />} />
  </>
);
