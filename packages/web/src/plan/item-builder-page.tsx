import { itemScheduleSchema, type FieldError, type Plan } from "@painplan/core";
import { useState, type SubmitEvent } from "react";
import { Link, useNavigate } from "react-router";
import { usePersonDates } from "../accounts/use-person-dates";
import { ErrorSummary } from "../forms/error-summary";
import { formProblemFrom, noProblem, type FormProblem } from "../forms/form-problem";
import { InputField } from "../forms/input-field";
import { SubmitButton } from "../forms/submit-button";
import { TextField } from "../forms/text-field";
import { WallTimeField, type WallTimeValue } from "../forms/wall-time-field";
import { savedNotice } from "../diary/saved-notice";
import { useTherapyList } from "../therapies/therapy-queries";
import { LoadingPanel, RetryPanel } from "../ui/load-states";
import { Page } from "../ui/page";
import { addDays } from "./calendar-days";
import { CadencePicker } from "./cadence-picker";
import { ConflictList } from "./conflict-list";
import { DurationPicker } from "./duration-picker";
import { ItemMoreDetails } from "./item-more-details";
import { useItemConflicts, useItemSafety } from "./item-checks";
import {
  blankItem,
  chooseTherapy,
  customTherapy,
  itemRequestOf,
  scheduleOf,
  therapyIdOf,
} from "./item-draft";
import { itemFields, itemFieldTargets } from "./item-field-targets";
import { ItemSafetyPanel } from "./item-safety-panel";
import { useItemDraft } from "./use-item-draft";
import { useSettledValue } from "./use-settled-value";
import { useActivePlan, useAddPlanItem } from "./plan-queries";
import { SchedulePreview } from "./schedule-preview";
import { StaleVersionNotice } from "./stale-version-notice";
import { TherapyField } from "./therapy-field";
import { isWriteConflict } from "./write-conflict";

/** Add one therapy to the plan: the page a tired person should be able to finish. */
export function ItemBuilderPage() {
  const plan = useActivePlan();
  const library = useTherapyList({ kind: undefined, q: "" });
  if (plan.isPending || library.isPending) return <LoadingPanel what="the plan builder" />;
  if (plan.isError || library.isError) {
    return (
      <RetryPanel
        what="the plan builder"
        onRetry={() => {
          void plan.refetch();
          void library.refetch();
        }}
      />
    );
  }
  return <ItemBuilder plan={plan.data} library={library.data.therapies} />;
}

type ItemBuilderProps = {
  plan: Plan | null;
  library: Parameters<typeof chooseTherapy>[2];
};

function ItemBuilder({ plan, library }: ItemBuilderProps) {
  const dates = usePersonDates();
  const navigate = useNavigate();
  const draft = useItemDraft(blankItem(addDays(dates.today, 1)));
  const values = draft.value;
  const [occurrence, setOccurrence] = useState<WallTimeValue["occurrence"]>(null);
  const [ownProblems, setOwnProblems] = useState<FormProblem>(noProblem);
  const addItem = useAddPlanItem();

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
  const conflicts = useItemConflicts(hasTherapy ? settledSchedule : undefined);
  // The results are on screen before Save does anything: a quick tap waits for them.
  const isChecking = safety.isFetching || conflicts.isFetching;
  const isBlocked = safety.data?.level === "avoid" && values.clearedBy.trim() === "";

  const serverProblem = formProblemFrom(addItem.error, itemFields);
  const problem =
    ownProblems.summary !== undefined || Object.keys(ownProblems.fields).length > 0
      ? ownProblems
      : serverProblem;
  const isStale = isWriteConflict(addItem.error);

  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (addItem.isPending || isChecking) return;
    const own = ownChecks(values.therapyId, values.customName, isBlocked);
    setOwnProblems(own);
    if (Object.keys(own.fields).length > 0 || schedule === undefined) return;
    addItem.mutate(
      { plan, item: itemRequestOf(values, schedule, dates.today), today: dates.today },
      {
        onSuccess: () => {
          draft.discard(blankItem(addDays(dates.today, 1)));
          void navigate("/plan", { state: savedNotice("The item is in your plan.") });
        },
      },
    );
  };

  return (
    <Page
      title="Add to your plan"
      intro={<p>Choose a therapy; the rest is filled in for you and can be changed.</p>}
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
        {schedule !== undefined && <SchedulePreview schedule={schedule} dates={dates} />}
        <ItemMoreDetails
          values={values}
          setValue={draft.setValue}
          problem={problem}
          dates={dates}
        />
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
            isBusy={addItem.isPending || isChecking}
            busyLabel={addItem.isPending ? "Saving…" : "Checking…"}
          >
            Save to my plan
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
  library: ItemBuilderProps["library"];
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
