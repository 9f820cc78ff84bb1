import { formatMoney } from "@painplan/core";
import { useState, type SubmitEvent } from "react";
import { usePersonDates } from "../accounts/use-person-dates";
import { ErrorSummary } from "../forms/error-summary";
import { formProblemFrom } from "../forms/form-problem";
import { LoadingPanel, RetryPanel } from "../ui/load-states";
import { Page } from "../ui/page";
import { CostsNav } from "./costs-nav";
import { useForecast, useSetUsualPrice } from "./costs-queries";
import { MoneyFields } from "./money-field";
import { moneyTargets, useMoneyForm, withMoneyErrors } from "./use-money-form";
import "./costs.css";

type ForecastItem = NonNullable<ReturnType<typeof useForecast>["data"]>["items"][number];

/** What the current plan will cost: per item and per quarter, per currency. */
export function ForecastPage() {
  const forecast = useForecast();
  const dates = usePersonDates();
  return (
    <Page
      title="Plan forecast"
      heading="What your plan will cost"
      intro={
        <p>
          Planned sessions times the usual price you set. Changes to your plan show here at once.
        </p>
      }
    >
      <CostsNav />
      {forecast.isPending && <LoadingPanel what="the forecast" />}
      {forecast.isError && (
        <RetryPanel
          what="the forecast"
          onRetry={() => {
            void forecast.refetch();
          }}
        />
      )}
      {forecast.data !== undefined && (
        <>
          {forecast.data.items.length === 0 && <p>Your plan has no sessions planned ahead.</p>}
          {forecast.data.averageQuarterTotals.map((total) => (
            <p
              key={total.currency}
              className="costs-total"
              data-testid={`forecast-${total.currency}`}
            >
              About {formatMoney(total)} per quarter (3 months), from today to{" "}
              {dates.dateOf(forecast.data.nextQuarterEnds)} and beyond.
            </p>
          ))}
          {forecast.data.itemsWithoutPrice > 0 && (
            <p>
              {forecast.data.itemsWithoutPrice}{" "}
              {forecast.data.itemsWithoutPrice === 1 ? "item has" : "items have"} no usual price
              yet, so {forecast.data.itemsWithoutPrice === 1 ? "it is" : "they are"} not counted.
            </p>
          )}
          <ul className="link-list">
            {forecast.data.items.map((item) => (
              <li key={item.itemId}>
                <ItemForecastCard item={item} />
              </li>
            ))}
          </ul>
        </>
      )}
    </Page>
  );
}

function ItemForecastCard({ item }: { item: ForecastItem }) {
  const [isEditing, setIsEditing] = useState(false);
  return (
    <article className="panel costs-card" aria-label={item.title}>
      <h2>{item.title}</h2>
      <p>
        {item.sessionsNextQuarter} {item.sessionsNextQuarter === 1 ? "session" : "sessions"} in the
        next 13 weeks, {item.sessionsNextYear} in the next 52 weeks.
      </p>
      {item.usualPrice !== null && item.averageQuarter !== null && item.nextQuarter !== null ? (
        <p data-testid="item-forecast">
          At {formatMoney(item.usualPrice)} a session:{" "}
          {item.averageQuarter.isRounded ? "about " : ""}
          {formatMoney(item.averageQuarter)} per quarter on average ({formatMoney(item.nextQuarter)}{" "}
          in the next 13 weeks).
        </p>
      ) : (
        <p>No usual price yet.</p>
      )}
      {isEditing ? (
        <PriceForm
          itemId={item.itemId}
          title={item.title}
          onDone={() => {
            setIsEditing(false);
          }}
        />
      ) : (
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            setIsEditing(true);
          }}
        >
          Set the usual price of {item.title}
        </button>
      )}
    </article>
  );
}

function PriceForm(props: { itemId: string; title: string; onDone: () => void }) {
  const money = useMoneyForm();
  const save = useSetUsualPrice();
  const id = `price-${props.itemId}`;
  const fieldTargets = moneyTargets(id, "Usual price of one session", "price");
  const problem = withMoneyErrors(
    formProblemFrom(save.error, Object.keys(fieldTargets)),
    "price",
    money.errors,
  );
  function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const price = money.take();
    if (price === undefined) return;
    save.mutate({ itemId: props.itemId, price }, { onSuccess: props.onDone });
  }
  return (
    <form onSubmit={submit} noValidate aria-label={`Usual price of ${props.title}`}>
      <ErrorSummary problem={problem} fieldTargets={fieldTargets} headingLevel={3} />
      <MoneyFields
        id={id}
        label="Usual price of one session"
        money={money}
        problem={problem}
        path="price"
      />
      <button type="submit" className="button button--primary" aria-disabled={save.isPending}>
        Save price
      </button>
    </form>
  );
}
