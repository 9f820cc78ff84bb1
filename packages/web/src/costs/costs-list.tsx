import type { ReactNode } from "react";
import { LoadingPanel, RetryPanel } from "../ui/load-states";

/** What `CostsList` reads of a list query (`useClaims()`, `usePackages()`, …). */
type ListQuery<Item> = {
  isPending: boolean;
  isError: boolean;
  data: { items: readonly Item[] } | undefined;
  refetch: () => Promise<unknown>;
};

/**
 * A costs page's list: loading and retry states for `what` ("your claims"), `emptyText` when
 * there is nothing yet (left out: nothing said), and one `<li>` per item drawn by `children`.
 */
export function CostsList<Item extends { id: string }>(props: {
  query: ListQuery<Item>;
  what: string;
  emptyText?: string;
  children: (item: Item) => ReactNode;
}) {
  const { query, what } = props;
  return (
    <>
      {query.isPending && <LoadingPanel what={what} />}
      {query.isError && (
        <RetryPanel
          what={what}
          onRetry={() => {
            void query.refetch();
          }}
        />
      )}
      {props.emptyText !== undefined && query.data?.items.length === 0 && <p>{props.emptyText}</p>}
      <ul className="link-list">
        {query.data?.items.map((item) => (
          <li key={item.id}>{props.children(item)}</li>
        ))}
      </ul>
    </>
  );
}
