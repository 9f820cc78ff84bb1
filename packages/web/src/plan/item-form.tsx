import {
  addCalendarDays,
  itemScheduleSchema,
  type FieldError,
  type Plan,
  type PlanItem,
  type TherapySummary,
} from "@painplan/core";
import { useRef, useState, type SubmitEvent } from "react";
import { Link, useNavigate } from "react-router";
import { usePersonDates } from "../accounts/use-person-dates";
import { ErrorSummary } from "../forms/error-summary";
import { formProblemFrom, noProblem, type FormProblem } from "../forms/form-problem";
import { InputField } from "../forms/input-field";
import { SubmitButton } from "../forms/submit-button";
import { TextField } from "../forms/text-field";
import { WallTimeField, type WallTimeValue } from "../forms/wall-time-field";
import { savedNotice } from "../diary/saved-notice";
import { Page } from "../ui/page";
import { CadencePicker } from "./cadence-picker";
import { ConflictList } from "./conflict-list";
import { DurationPicker } from "./duration-picker";
import { ItemMoreDetails, ReasonField } from "./item-more-details";
import { useItemConflicts, useItemSafety } from "./item-checks";
import {
  blankItem,
  chooseTherapy,
  clearedOnFor,
  customTherapy,
  draftFromItem,
  itemRequestOf,
  scheduleOf,
  therapyIdOf,
} from "./item-draft";
import { itemFields, itemFieldTargets } from "./item-field-targets";
import { ItemSafetyPanel } from "./item-safety-panel";
import { useItemDraft } from "./use-item-draft";
import { useSettledValue } from "./use-settled-value";
import { useAddPlanItem, useChangePlanItem } from "./plan-queries";
import { SchedulePreview } from "./schedule-preview";
import { StaleVersionNotice } from "./stale-version-notice";
import { TherapyField } from "./therapy-field";
import { isWriteConflict } from "./write-conflict";

type ItemFormProps = {
  plan: Plan | null;
  library: readonly TherapySummary[];
  /** The saved item being changed; undefined when adding one. */
  editing: PlanItem | undefined;
};

/** The item form, for a new item or a change to a saved one. */
export function ItemForm({ plan, library, editing }: ItemFormProps) {
  const dates = usePersonDates();
  const navigate = useNavigate();
  const baseline = () =>
    editing === undefined ? blankItem(addCalendarDays(dates.today, 1)) : draftFromItem(editing);
  const draft = useItemDraft(editing?.id ?? "new", baseline());
  const values = draft.value;
  const [occurrence, setOccurrence] = useState<WallTimeValue["occurrence"]>(null);
  const [ownProblems, setOwnProblems] = useState<FormProblem>(noProblem);
  const addItem = useAddPlanItem();
  // The key for the plan the first item starts, kept for the form's life: a retry after a lost
  // answer finds that plan again instead of starting a second one (which would archive it).
  const planKey = useRef(crypto.randomUUID());
  const changeItem = useChangePlanItem();
  const save = editing === undefined ? addItem : changeItem;

  const schedule = scheduleOf(values);
  const validSchedule = itemScheduleSchema.safeParse(schedule).success ? schedule : undefined;
  const hasTherapy = values.therapyId !== "";
  const safety = useItemSafety(
    hasTherapy
      ? {
          therapyId: therapyIdOf(values),
          focusRegionIds: values.focusAreas,
        }
      : undefined,
  );
  const settledSchedule = useSettledValue(validSchedule, 400);
  const conflicts = useItemConflicts(hasTherapy ? settledSchedule : undefined, editing?.id);
  // The results are on screen before Save does anything: a quick tap waits for them.
  const isChecking = safety.isFetching || conflicts.isFetching;
  const isBlocked = safety.data?.level === "avoid" && values.clearedBy.trim() === "";

  const serverProblem = formProblemFrom(save.error, itemFields);
  const problem =
    ownProblems.summary !== undefined || Object.keys(ownProblems.fields).length > 0
      ? ownProblems
      : serverProblem;
  const isStale = isWriteConflict(save.error);

  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (save.isPending || isChecking) return;
    const own = ownChecks(values.therapyId, values.customName, isBlocked);
    setOwnProblems(own);
    if (Object.keys(own.fields).length > 0 || schedule === undefined) return;
    const item = itemRequestOf(values, schedule, clearedOnFor(values, editing, dates.today));
    const onSuccess = () => {
      draft.discard(baseline());
      const notice =
        editing === undefined
          ? "The item is in your plan."
          : "The change is saved. The earlier version stays in your plan's history.";
      void navigate("/plan", { state: savedNotice(notice) });
    };
    if (editing === undefined)
      addItem.mutate({ plan, item, today: dates.today, planKey: planKey.current }, { onSuccess });
    else if (plan !== null) changeItem.mutate({ plan, itemId: editing.id, item }, { onSuccess });
  };

  return (
    <Page
      title={editing === undefined ? "Add to your plan" : `Change ${editing.title}`}
      intro={
        <p>
          {editing === undefined
            ? "Choose a therapy; the rest is filled in for you and can be changed."
            : "Change what you need. Your plan keeps the earlier version and your reason."}
        </p>
      }
    >
      <form className="form" noValidate onSubmit={submit}>
        {isStale ? (
          <StaleVersionNotice plan={plan} dates={dates} />
        ) : (
          <ErrorSummary problem={problem} fieldTargets={itemFieldTargets} />
        )}
        <TherapyFieldWithName
          values={values}
          library={library}
          onTherapy={(therapyId) => {
            draft.setValue((previous) => chooseTherapy(previous, therapyId, library));
          }}
          onName={(customName) => {
            draft.setValue((previous) => ({ ...previous, customName }));
          }}
          problem={problem}
        />
        <TextField
          id="item-practitioner"
          label="Who gives it (optional)"
          autoComplete="off"
          value={values.practitioner}
          onChange={(practitioner) => {
            draft.setValue((previous) => ({ ...previous, practitioner }));
          }}
          error={problem.fields["practitioner"]}
        />
        <WallTimeField
          id="item-first-session"
          label="First session"
          hint="Date and time on your clock. Later sessions keep this time of day."
          timeZone={dates.timeZone}
          value={{ wallTime: values.firstSession, occurrence }}
          onChange={({ wallTime, occurrence: chosen }) => {
            setOccurrence(chosen);
            draft.setValue((previous) => ({ ...previous, firstSession: wallTime }));
          }}
          error={problem.fields["schedule.startDate"] ?? problem.fields["schedule.timeOfDay"]}
        />
        <CadencePicker
          id="item-cadence"
          value={values.cadence}
          onChange={(cadence) => {
            draft.setValue((previous) => ({ ...previous, cadence }));
          }}
          error={problem.fields["schedule.cadence"] ?? problem.fields["schedule.cadence.rrule"]}
        />
        <DurationPicker
          id="item-duration"
          minutes={values.minutes}
          onChange={(minutes) => {
            draft.setValue((previous) => ({ ...previous, minutes }));
          }}
          error={problem.fields["schedule.durationMinutes"]}
        />
        {validSchedule !== undefined && <SchedulePreview schedule={validSchedule} dates={dates} />}
        <ItemMoreDetails
          values={values}
          setValue={draft.setValue}
          problem={problem}
          dates={dates}
          hasReason={editing === undefined}
        />
        {editing !== undefined && (
          <ReasonField values={values} setValue={draft.setValue} problem={problem} />
        )}
        {safety.data !== undefined && (
          <ItemSafetyPanel
            safety={safety.data}
            clearedBy={values.clearedBy}
            onClearedBy={(clearedBy) => {
              draft.setValue((previous) => ({ ...previous, clearedBy }));
            }}
            clearedByError={problem.fields["clearance.clearedBy"] ?? problem.fields["clearance"]}
          />
        )}
        {conflicts.data !== undefined && <ConflictList preview={conflicts.data} dates={dates} />}
        <div className="form__actions">
          <SubmitButton
            isBusy={save.isPending || isChecking}
            busyLabel={save.isPending ? "Saving…" : "Checking…"}
          >
            {editing === undefined ? "Save to my plan" : "Save the change"}
          </SubmitButton>
          <Link className="inline-target" to="/plan">
            Back to my plan
          </Link>
        </div>
      </form>
    </Page>
  );
}

type TherapyFieldWithNameProps = {
  values: ReturnType<typeof blankItem>;
  library: readonly TherapySummary[];
  onTherapy: (therapyId: string) => void;
  onName: (name: string) => void;
  problem: FormProblem;
};

function TherapyFieldWithName(props: TherapyFieldWithNameProps) {
  const { values, library, onTherapy, onName, problem } = props;
  return (
    <>
      <TherapyField
        id="item-therapy"
        library={library}
        value={values.therapyId}
        onChange={onTherapy}
        error={problem.fields["therapyId"]}
      />
      {values.therapyId === customTherapy && (
        <InputField
          id="item-custom-name"
          label="Name of the therapy"
          value={values.customName}
          onChange={onName}
          error={problem.fields["customName"]}
        />
      )}
    </>
  );
}

/** What the form can say before asking the server: a therapy, a name, a clearance for "avoid". */
function ownChecks(therapyId: string, customName: string, isBlocked: boolean): FormProblem {
  const errors: FieldError[] = [];
  if (therapyId === "") errors.push({ path: "therapyId", message: "Choose a therapy." });
  if (therapyId === customTherapy && customName.trim() === "") {
    errors.push({ path: "customName", message: "Give the therapy a name." });
  }
  if (isBlocked) {
    errors.push({
      path: "clearance.clearedBy",
      message:
        "The safety rules say to avoid this for you. Save it only if your provider cleared it: write who.",
    });
  }
  return { summary: undefined, fields: Object.fromEntries(errors.map((e) => [e.path, e.message])) };
}
