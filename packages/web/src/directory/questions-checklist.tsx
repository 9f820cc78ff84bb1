import { useState, type SubmitEvent } from "react";
import { formProblemFrom } from "../forms/form-problem";
import { useTabDraft } from "../forms/use-tab-draft";

export type QuestionItem = { id: string; text: string; isAsked: boolean };

type QuestionsChecklistProps = {
  questions: readonly QuestionItem[];
  onToggle: (question: QuestionItem, isAsked: boolean) => void;
  onEdit: (question: QuestionItem, text: string) => Promise<unknown>;
  onRemove: (question: QuestionItem) => void;
  onAdd: (text: string) => Promise<unknown>;
  /** The last failed change, said in words next to the list (nothing typed is lost). */
  problem: string | undefined;
};

/**
 * The person's own list of questions for a first phone call: tick what was asked, change the
 * wording, remove what does not apply, add their own. Each change saves at once; a new question
 * being typed survives a reload (a tab draft).
 */
export function QuestionsChecklist(props: QuestionsChecklistProps) {
  const { questions, problem } = props;
  const asked = questions.filter((question) => question.isAsked).length;
  return (
    <>
      <p className="directory-count" role="status">
        {questions.length === 0
          ? "No questions yet. Add your own below."
          : `${asked} of ${questions.length} asked`}
      </p>
      {problem !== undefined && (
        <p className="panel" role="alert">
          {problem}
        </p>
      )}
      <ul className="question-list">
        {questions.map((question) => (
          <QuestionRow key={question.id} question={question} {...props} />
        ))}
      </ul>
      <AddQuestionForm onAdd={props.onAdd} />
    </>
  );
}

function QuestionRow({
  question,
  onToggle,
  onEdit,
  onRemove,
}: QuestionsChecklistProps & { question: QuestionItem }) {
  const [draft, setDraft] = useState<string | undefined>(undefined);
  const [error, setError] = useState<string | undefined>(undefined);
  const id = `question-${question.id}`;
  if (draft !== undefined) {
    const save = async (event: SubmitEvent<HTMLFormElement>) => {
      event.preventDefault();
      if (draft.trim() === "") {
        setError("Write the question, or remove it instead.");
        return;
      }
      try {
        await onEdit(question, draft.trim());
        setDraft(undefined);
        setError(undefined);
      } catch (failure) {
        const found = formProblemFrom(failure, ["text"]);
        setError(found.fields["text"] ?? found.summary);
      }
    };
    return (
      <li className="question-item">
        <form className="question-item__edit" onSubmit={(event) => void save(event)}>
          <label className="field__label" htmlFor={`${id}-text`}>
            Change the question
          </label>
          {error !== undefined && (
            <p id={`${id}-error`} className="field__error">
              <span className="visually-hidden">Error: </span>
              {error}
            </p>
          )}
          <input
            className="field__input"
            id={`${id}-text`}
            value={draft}
            aria-invalid={error === undefined ? undefined : true}
            aria-describedby={error === undefined ? undefined : `${id}-error`}
            onChange={(event) => {
              setDraft(event.target.value);
            }}
          />
          <div className="question-item__actions">
            <button type="submit" className="button button--primary">
              Save
            </button>
            <button
              type="button"
              className="button button--quiet"
              onClick={() => {
                setDraft(undefined);
                setError(undefined);
              }}
            >
              Cancel
            </button>
          </div>
        </form>
      </li>
    );
  }
  return (
    <li className={question.isAsked ? "question-item question-item--asked" : "question-item"}>
      <input
        type="checkbox"
        id={id}
        checked={question.isAsked}
        onChange={(event) => {
          onToggle(question, event.target.checked);
        }}
      />
      <label htmlFor={id} className="question-item__text">
        {question.text}
        {question.isAsked && <span className="visually-hidden"> (asked)</span>}
      </label>
      <div className="question-item__actions">
        <button
          type="button"
          className="button button--quiet"
          onClick={() => {
            setDraft(question.text);
          }}
        >
          Change<span className="visually-hidden">: {question.text}</span>
        </button>
        <button
          type="button"
          className="button button--quiet"
          onClick={() => {
            onRemove(question);
          }}
        >
          Remove<span className="visually-hidden">: {question.text}</span>
        </button>
      </div>
    </li>
  );
}

function AddQuestionForm({ onAdd }: { onAdd: (text: string) => Promise<unknown> }) {
  const draft = useTabDraft("directory-new-question", { text: "" });
  const text = draft.values.text;
  const [error, setError] = useState<string | undefined>(undefined);
  const [isBusy, setIsBusy] = useState(false);
  const add = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (isBusy) return;
    if (text.trim() === "") {
      setError("Write the question first.");
      return;
    }
    setIsBusy(true);
    try {
      await onAdd(text.trim());
      draft.discard();
      setError(undefined);
    } catch (failure) {
      const found = formProblemFrom(failure, ["text"]);
      setError(found.fields["text"] ?? found.summary);
    } finally {
      setIsBusy(false);
    }
  };
  return (
    <form className="panel" onSubmit={(event) => void add(event)} noValidate>
      <div className={error === undefined ? "field" : "field field--invalid"}>
        <label className="field__label" htmlFor="new-question">
          Add a question
        </label>
        <p id="new-question-hint" className="field__hint">
          For example “Can you come to my home on weekdays?”
        </p>
        {error !== undefined && (
          <p id="new-question-error" className="field__error">
            <span className="visually-hidden">Error: </span>
            {error}
          </p>
        )}
        <input
          className="field__input"
          id="new-question"
          value={text}
          aria-invalid={error === undefined ? undefined : true}
          aria-describedby={
            error === undefined ? "new-question-hint" : "new-question-hint new-question-error"
          }
          onChange={(event) => {
            draft.setField("text", event.target.value);
          }}
        />
      </div>
      <button type="submit" className="button button--primary" aria-disabled={isBusy || undefined}>
        {isBusy ? "Adding…" : "Add"}
      </button>
    </form>
  );
}
