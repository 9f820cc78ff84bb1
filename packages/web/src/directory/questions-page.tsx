import { Link } from "react-router";
import { LoadingPanel, RetryPanel } from "../ui/load-states";
import { Page } from "../ui/page";
import { directoryPaths } from "./directory-paths";
import { questionItemsOf, useQuestionChanges, useQuestions } from "./directory-queries";
import { QuestionsChecklist } from "./questions-checklist";
import "./directory.css";

/** Questions for the first phone call with a therapist: the person's own list, kept for them. */
export function QuestionsPage() {
  const questions = useQuestions();
  const items = questionItemsOf(questions.data?.items ?? []);
  const changes = useQuestionChanges(items);
  return (
    <Page
      title="Questions to ask"
      intro="Things worth asking a therapist before the first session. Tick what you asked, change the words, remove what does not matter to you, and add your own."
    >
      {questions.isPending && <LoadingPanel what="your questions" />}
      {questions.isError && (
        <RetryPanel what="your questions" onRetry={() => void questions.refetch()} />
      )}
      {questions.data?.isSuggested === true && (
        <p className="panel panel--calm">
          These are suggested questions. Make the list your own: it is kept once you change it.
        </p>
      )}
      {questions.data !== undefined && (
        <QuestionsChecklist
          questions={items}
          onToggle={changes.toggle}
          onEdit={changes.edit}
          onRemove={changes.remove}
          onAdd={changes.add}
          problem={changes.problem}
        />
      )}
      <p>
        <Link className="button button--secondary" to={directoryPaths.search}>
          Back to the search
        </Link>
      </p>
    </Page>
  );
}
