import type { PainEntry } from "@painplan/core";
import { formProblemFrom } from "../forms/form-problem";
import { ConfirmAction } from "../ui/confirm-action";
import { useDeletePainEntry } from "./diary-queries";

type DeleteEntryButtonProps = { userId: string; entry: PainEntry; onDeleted: () => void };

/** Deleting asks once, in place; "Keep it" is as easy to reach as "Delete". */
export function DeleteEntryButton({ userId, entry, onDeleted }: DeleteEntryButtonProps) {
  const remove = useDeletePainEntry(userId);
  return (
    <ConfirmAction
      label="Delete"
      hiddenDetail={` the entry from ${entry.localTime}`}
      groupLabel="Confirm deleting"
      question={`Delete the entry from ${entry.localTime}? It leaves your diary; its history is kept.`}
      confirmLabel="Yes, delete it"
      busyLabel="Deleting…"
      isBusy={remove.isPending}
      problem={formProblemFrom(remove.error, []).summary}
      onConfirm={() => {
        remove.mutate(entry.id, { onSuccess: onDeleted });
      }}
    />
  );
}
