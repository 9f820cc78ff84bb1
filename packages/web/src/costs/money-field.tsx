import { InputField } from "../forms/input-field";

/** An amount and its currency, typed as a person writes them ("90.50", "USD"). */
export function MoneyFields(props: {
  id: string;
  label: string;
  amount: string;
  currency: string;
  onAmount: (value: string) => void;
  onCurrency: (value: string) => void;
  amountError?: string | undefined;
  currencyError?: string | undefined;
}) {
  return (
    <div className="money-fields">
      <InputField
        id={`${props.id}-amount`}
        label={props.label}
        hint="For example 90.00"
        inputMode="decimal"
        size="short"
        value={props.amount}
        onChange={props.onAmount}
        error={props.amountError}
      />
      <InputField
        id={`${props.id}-currency`}
        label="Currency"
        hint="3 letters, for example USD or EUR"
        size="short"
        value={props.currency}
        onChange={(value) => {
          props.onCurrency(value.toUpperCase());
        }}
        error={props.currencyError}
      />
    </div>
  );
}
