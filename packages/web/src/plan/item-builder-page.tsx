import type { Plan, PlanItem, TherapySummary } from "@painplan/core";
import type { ReactNode } from "react";
import { useParams } from "react-router";
import { useTherapyList } from "../therapies/therapy-queries";
import { LoadingPanel, RetryPanel } from "../ui/load-states";
import { NotFoundPage } from "../ui/not-found-page";
import { ItemForm } from "./item-form";
import { useActivePlan } from "./plan-queries";

type Loaded = { plan: Plan | null; library: readonly TherapySummary[] };

/** The plan and the therapy library, both needed before the form can show. */
function WithPlanAndLibrary({ children }: { children: (loaded: Loaded) => ReactNode }) {
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
  return children({ plan: plan.data, library: library.data.therapies });
}

/** Add one therapy to the plan: the page a tired person should be able to finish. */
export function ItemBuilderPage() {
  return (
    <WithPlanAndLibrary>
      {({ plan, library }) => <ItemForm plan={plan} library={library} editing={undefined} />}
    </WithPlanAndLibrary>
  );
}

/** Change one saved item; the plan keeps the old version and the reason. */
export function ItemEditPage() {
  const { itemId } = useParams();
  return (
    <WithPlanAndLibrary>
      {({ plan, library }) => {
        const item: PlanItem | undefined = plan?.items.find((entry) => entry.id === itemId);
        if (plan === null || item === undefined) return <NotFoundPage />;
        return <ItemForm key={item.id} plan={plan} library={library} editing={item} />;
      }}
    </WithPlanAndLibrary>
  );
}
