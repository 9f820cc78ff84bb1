import type { Plan, PlanItem } from "@painplan/core";
import { formProblemFrom } from "../forms/form-problem";
import { ConfirmAction } from "../ui/confirm-action";
import { useRemovePlanItem } from "./plan-queries";
import { writeConflictWords } from "./write-conflict";

type RemoveItemButtonProps = { plan: Plan; item: PlanItem };

/** Removing asks once, in place; older versions of the plan keep the item. */
export function RemoveItemButton({ plan, item }: RemoveItemButtonProps) {
  const remove = useRemovePlanItem();
  const summary = formProblemFrom(remove.error, []).summary;
  return (
    <ConfirmAction
      label="Remove"
      hiddenDetail={` ${item.title}`}
      groupLabel={`Confirm removing ${item.title}`}
      question={`Remove ${item.title} from your plan? Its past stays in the plan's history.`}
      confirmLabel="Yes, remove it"
      busyLabel="Removing…"
      isBusy={remove.isPending}
      problem={summary === undefined ? undefined : (writeConflictWords(remove.error) ?? summary)}
      onConfirm={() => {
        remove.mutate({ plan, itemId: item.id });
      }}
    />
  );
}
