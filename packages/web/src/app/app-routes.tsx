import { Route, Routes } from "react-router";
import { RegisterPage } from "../accounts/register-page";
import { SettingsPage } from "../accounts/settings-page";
import { SignInPage } from "../accounts/sign-in-page";
import { DashboardPage } from "../dashboard/dashboard-page";
import { DiaryPage } from "../diary/diary-page";
import { EditEntryPage } from "../diary/edit-entry-page";
import { EntryHistoryPage } from "../diary/entry-history-page";
import { NewEntryPage } from "../diary/new-entry-page";
import { NeuropathicPainPage } from "../learn/neuropathic-pain-page";
import { PainProfilePage } from "../profile/pain-profile-page";
import { FillQuestionnairePage } from "../questionnaires/fill-questionnaire-page";
import { QuestionnaireResultPage } from "../questionnaires/questionnaire-result-page";
import { QuestionnairesPage } from "../questionnaires/questionnaires-page";
import { CheckPage } from "../safety/check-page";
import { IntakePage } from "../safety/intake-page";
import { ResultsPage } from "../safety/results-page";
import { SafetyHomePage } from "../safety/safety-home-page";
import { SheetPage } from "../safety/sheet-page";
import { LibraryPage } from "../therapies/library-page";
import { TherapyDetailPage } from "../therapies/therapy-detail-page";
import { AppShell } from "./app-shell";
import { comingSoonAreas } from "./areas";
import { ComingSoonPage } from "./coming-soon-page";
import { NotFoundPage } from "./not-found-page";
import { RequireSignIn, SignedOutOnly } from "./route-guards";

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<AppShell />}>
        <Route element={<SignedOutOnly />}>
          <Route path="sign-in" element={<SignInPage />} />
          <Route path="register" element={<RegisterPage />} />
        </Route>
        <Route element={<RequireSignIn />}>
          <Route index element={<DashboardPage />} />
          <Route path="settings" element={<SettingsPage />} />
          <Route path="profile" element={<PainProfilePage />} />
          <Route path="diary" element={<DiaryPage />} />
          <Route path="diary/new" element={<NewEntryPage />} />
          <Route path="diary/:entryId/edit" element={<EditEntryPage />} />
          <Route path="diary/:entryId/history" element={<EntryHistoryPage />} />
          <Route path="questionnaires" element={<QuestionnairesPage />} />
          <Route path="questionnaires/:instrumentId" element={<FillQuestionnairePage />} />
          <Route path="questionnaires/results/:responseId" element={<QuestionnaireResultPage />} />
          <Route path="safety" element={<SafetyHomePage />} />
          <Route path="safety/intake" element={<IntakePage />} />
          <Route path="safety/results" element={<ResultsPage />} />
          <Route path="safety/sheet" element={<SheetPage />} />
          <Route path="safety/check" element={<CheckPage />} />
          <Route path="therapies" element={<LibraryPage />} />
          <Route path="therapies/:therapyId" element={<TherapyDetailPage />} />
          {comingSoonAreas.map((area) => (
            <Route
              key={area.slug}
              path={area.path.slice(1)}
              element={<ComingSoonPage area={area} />}
            />
          ))}
        </Route>
        <Route path="learn/neuropathic-pain" element={<NeuropathicPainPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
