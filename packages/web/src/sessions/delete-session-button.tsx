import type { TherapySession } from "@painplan/core";
import { formProblemFrom } from "../forms/form-problem";
import { ConfirmAction } from "../ui/confirm-action";
import { useDeleteSession } from "./sessions-queries";

type DeleteSessionButtonProps = {
  session: TherapySession;
  /** When it began, in the person's words and zone ("Yesterday, 10:00"). */
  moment: string;
  onDeleted: () => void;
};

/** Deleting a logged session asks once, in place; "Keep it" is as easy to reach. */
export function DeleteSessionButton({ session, moment, onDeleted }: DeleteSessionButtonProps) {
  const remove = useDeleteSession(session.id);
  return (
    <ConfirmAction
      label="Delete this session"
      hiddenDetail={` (${session.title}, ${moment})`}
      groupLabel="Confirm deleting"
      question={`Delete ${session.title}, ${moment}? It leaves your log, and we will not ask how you felt after it.`}
      confirmLabel="Yes, delete it"
      busyLabel="Deleting…"
      isBusy={remove.isPending}
      problem={formProblemFrom(remove.error, []).summary}
      onConfirm={() => {
        remove.mutate(undefined, { onSuccess: onDeleted });
      }}
    />
  );
}
