import { Route } from "react-router";
import { lazyPage } from "../ui/lazy-page";

const DiaryPage = lazyPage(() => import("./diary-page"), "DiaryPage");
const NewEntryPage = lazyPage(() => import("./new-entry-page"), "NewEntryPage");
const EditEntryPage = lazyPage(() => import("./edit-entry-page"), "EditEntryPage");
const EntryHistoryPage = lazyPage(() => import("./entry-history-page"), "EntryHistoryPage");

export const diaryRoutes = (
  <>
    <Route path="diary" element={<DiaryPage />} />
    <Route path="diary/new" element={<NewEntryPage />} />
    <Route path="diary/:entryId/edit" element={<EditEntryPage />} />
    <Route path="diary/:entryId/history" element={<EntryHistoryPage />} />
  </>
);
