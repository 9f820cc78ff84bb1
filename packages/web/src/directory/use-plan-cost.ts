import {
  addCalendarDays,
  planCostLines,
  quarterDays,
  therapyIdsOfModality,
  type PlanCostLine,
  type PractitionerModality,
  type SessionPrice,
} from "@painplan/core";
import { usePersonDates } from "../accounts/use-person-dates";
import { useActivePlan, usePlanCalendar } from "../plan/plan-queries";

type Priced = {
  prices: readonly SessionPrice[];
  modalities: readonly { modality: PractitionerModality }[];
};

/**
 * What the person's own plan would cost with a practitioner over the next quarter, from their
 * active plan and its calendar (the owner's zone). Before the plan has loaded, or without a plan,
 * every practitioner gets no lines and the card shows their prices instead.
 */
export function usePlanCost(): (practitioner: Priced) => PlanCostLine[] {
  const { today } = usePersonDates();
  const plan = useActivePlan();
  const calendar = usePlanCalendar(today, addCalendarDays(today, quarterDays - 1));
  const items = plan.data?.items ?? [];
  const occurrences = calendar.data?.occurrences ?? [];
  return (practitioner) =>
    planCostLines(
      items,
      occurrences,
      practitioner.prices,
      // A modality stands for library therapies (yoga therapy: every pose), as plan items are.
      new Set(practitioner.modalities.flatMap(({ modality }) => therapyIdsOfModality(modality))),
    );
}
