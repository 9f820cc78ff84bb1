import type { FormProblem } from "../forms/form-problem";
import { InputField } from "../forms/input-field";
import type { MoneyForm } from "./use-money-form";

/**
 * An amount and its currency, typed as a person writes them ("90.50", "USD"). Messages: the
 * form's own (`money.errors`), else the server's for `<path>.amountMinor` / `<path>.currency`
 * in `problem` (e.g. path "price").
 */
export function MoneyFields(props: {
  id: string;
  label: string;
  money: Pick<MoneyForm, "amount" | "currency" | "setAmount" | "setCurrency" | "errors">;
  problem?: FormProblem | undefined;
  path?: string | undefined;
}) {
  const { money, problem, path } = props;
  const serverError = (field: string) =>
    path === undefined ? undefined : problem?.fields[`${path}.${field}`];
  return (
    <div className="money-fields">
      <InputField
        id={`${props.id}-amount`}
        label={props.label}
        hint="For example 90.00"
        inputMode="decimal"
        size="short"
        value={money.amount}
        onChange={money.setAmount}
        error={money.errors.amount ?? serverError("amountMinor")}
      />
      <InputField
        id={`${props.id}-currency`}
        label="Currency"
        hint="3 letters, for example USD or EUR"
        size="short"
        value={money.currency}
        onChange={(value) => {
          money.setCurrency(value.toUpperCase());
        }}
        error={money.errors.currency ?? serverError("currency")}
      />
    </div>
  );
}
