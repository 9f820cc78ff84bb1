import type { Plan, PlanItem } from "@painplan/core";
import { useEffect, useRef, useState } from "react";
import { formProblemFrom } from "../forms/form-problem";
import { useRemovePlanItem } from "./plan-queries";
import { writeConflictWords } from "./write-conflict";

type RemoveItemButtonProps = { plan: Plan; item: PlanItem };

/** Removing asks once, in place; older versions of the plan keep the item. */
export function RemoveItemButton({ plan, item }: RemoveItemButtonProps) {
  const [isConfirming, setIsConfirming] = useState(false);
  const remove = useRemovePlanItem();
  const questionRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (isConfirming) questionRef.current?.focus();
  }, [isConfirming]);
  if (!isConfirming) {
    return (
      <button
        type="button"
        className="button button--quiet"
        onClick={() => {
          setIsConfirming(true);
        }}
      >
        Remove<span className="visually-hidden"> {item.title}</span>
      </button>
    );
  }
  const problem = formProblemFrom(remove.error, []);
  return (
    <div className="confirm" role="group" aria-label={`Confirm removing ${item.title}`}>
      <p className="confirm__question" ref={questionRef} tabIndex={-1}>
        Remove {item.title} from your plan? Its past stays in the plan's history.
      </p>
      {problem.summary !== undefined && (
        <p className="field__error" role="alert">
          {writeConflictWords(remove.error) ?? problem.summary}
        </p>
      )}
      <div className="confirm__actions">
        <button
          type="button"
          className="button button--primary"
          aria-disabled={remove.isPending ? true : undefined}
          onClick={() => {
            if (!remove.isPending) remove.mutate({ plan, itemId: item.id });
          }}
        >
          {remove.isPending ? "Removing…" : "Yes, remove it"}
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            setIsConfirming(false);
          }}
        >
          Keep it
        </button>
      </div>
    </div>
  );
}
