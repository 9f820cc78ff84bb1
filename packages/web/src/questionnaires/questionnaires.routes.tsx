import { Route } from "react-router";
import { lazyPage } from "../ui/lazy-page";

const QuestionnairesPage = lazyPage(() => import("./questionnaires-page"), "QuestionnairesPage");
const FillQuestionnairePage = lazyPage(
  () => import("./fill-questionnaire-page"),
  "FillQuestionnairePage",
);
const QuestionnaireResultPage = lazyPage(
  () => import("./questionnaire-result-page"),
  "QuestionnaireResultPage",
);

export const questionnairesRoutes = (
  <>
    <Route path="questionnaires" element={<QuestionnairesPage />} />
    <Route path="questionnaires/:instrumentId" element={<FillQuestionnairePage />} />
    <Route path="questionnaires/results/:responseId" element={<QuestionnaireResultPage />} />
  </>
);
