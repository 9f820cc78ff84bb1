import { Route } from "react-router";
import { lazyPage } from "../ui/lazy-page";

const ReminderSettingsPage = lazyPage(
  () => import("./reminder-settings-page"),
  "ReminderSettingsPage",
);

export const remindersRoutes = <Route path="reminders" element={<ReminderSettingsPage />} />;
