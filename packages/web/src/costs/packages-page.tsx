import { decimalAmount, formatMoney, type CostPackage } from "@painplan/core";
import { useRef, useState } from "react";
import { usePersonDates } from "../accounts/use-person-dates";
import { formProblemFrom } from "../forms/form-problem";
import { InputField } from "../forms/input-field";
import { Page } from "../ui/page";
import { CostsForm } from "./costs-form";
import { CostsList } from "./costs-list";
import { CostsNav } from "./costs-nav";
import { attemptFor, freshAttempt } from "../forms/send-attempt";
import { useArchivePackage, useCreatePackage, usePackages } from "./costs-queries";
import { MoneyFields } from "./money-field";
import { moneyTargets, useMoneyForm, withMoneyErrors } from "./use-money-form";
import "./costs.css";

const newKey = () => crypto.randomUUID();

/** Prepaid packages: sessions left, and what one session costs (the odd cents said plainly). */
export function PackagesPage() {
  const packages = usePackages();
  return (
    <Page
      title="Packages"
      intro={<p>Sessions you paid for ahead. Each session you log from a package counts down.</p>}
    >
      <CostsNav />
      <CostsList query={packages} what="your packages" emptyText="No packages yet.">
        {(bought) => <PackageCard bought={bought} />}
      </CostsList>
      <AddPackageForm />
    </Page>
  );
}

function unitCostWords(bought: CostPackage): string {
  const { currency } = bought.price;
  const unit = formatMoney({ amountMinor: bought.unitCostMinor, currency });
  if (bought.remainderMinor === 0) return `Each session costs ${unit}.`;
  const more = formatMoney({ amountMinor: bought.unitCostMinor + 1, currency });
  return `Each session costs ${unit}; the amount does not split evenly, so the first ${bought.remainderMinor} cost ${more}.`;
}

function PackageCard({ bought }: { bought: CostPackage }) {
  const dates = usePersonDates();
  const archive = useArchivePackage();
  return (
    <article className="panel costs-card" aria-label={bought.name}>
      <h2>{bought.name}</h2>
      <p data-testid="package-balance">
        {bought.sessionsLeft} of {bought.sessionsTotal} sessions left
        {bought.isArchived ? " (put away)" : ""}.
      </p>
      <p>
        Bought on {dates.calendarDate(bought.boughtOn)} for {formatMoney(bought.price)}.{" "}
        {unitCostWords(bought)} Left in it:{" "}
        {formatMoney({ amountMinor: bought.valueLeftMinor, currency: bought.price.currency })}.
      </p>
      {!bought.isArchived && (
        <button
          type="button"
          className="button button--quiet"
          onClick={() => {
            archive.mutate(bought.id);
          }}
        >
          Put away {bought.name}
        </button>
      )}
    </article>
  );
}

function AddPackageForm() {
  const dates = usePersonDates();
  const create = useCreatePackage();
  // One key per package, kept while the same package is sent again (see forms/send-attempt.ts).
  const attempt = useRef(freshAttempt(newKey));
  const money = useMoneyForm();
  const [name, setName] = useState("");
  const [sessions, setSessions] = useState("10");
  const [boughtOn, setBoughtOn] = useState(dates.today);
  const fieldTargets = {
    name: { id: "package-name", label: "Name" },
    sessionsTotal: { id: "package-sessions", label: "Number of sessions" },
    ...moneyTargets("package-price", "Amount paid", "price"),
    boughtOn: { id: "package-bought-on", label: "Bought on" },
  };
  const problem = withMoneyErrors(
    formProblemFrom(create.error, Object.keys(fieldTargets)),
    "price",
    money.errors,
  );

  function submit() {
    const price = money.take();
    if (price === undefined) return;
    const fields = { name, sessionsTotal: Number(sessions), price, boughtOn };
    attempt.current = attemptFor(attempt.current, fields, newKey);
    create.mutate(
      { idempotencyKey: attempt.current.key, ...fields },
      {
        onSuccess: () => {
          attempt.current = freshAttempt(newKey);
          setName("");
          money.setAmount("");
        },
      },
    );
  }
  return (
    <CostsForm
      id="add-package"
      heading="Add a package"
      submitLabel="Add package"
      problem={problem}
      fieldTargets={fieldTargets}
      isPending={create.isPending}
      onSubmit={submit}
      after={
        create.isSuccess && (
          <p role="status">
            Added {create.data.name}: {create.data.sessionsTotal} sessions,{" "}
            {decimalAmount(create.data.price.amountMinor, create.data.price.currency)}{" "}
            {create.data.price.currency}.
          </p>
        )
      }
    >
      <InputField
        id="package-name"
        label="Name"
        hint="For example: 10 Swedish massages"
        value={name}
        onChange={setName}
        error={problem.fields["name"]}
      />
      <InputField
        id="package-sessions"
        label="Number of sessions"
        inputMode="numeric"
        size="short"
        value={sessions}
        onChange={setSessions}
        error={problem.fields["sessionsTotal"]}
      />
      <MoneyFields
        id="package-price"
        label="Amount paid"
        money={money}
        problem={problem}
        path="price"
      />
      <InputField
        id="package-bought-on"
        label="Bought on"
        type="date"
        size="short"
        value={boughtOn}
        onChange={setBoughtOn}
        error={problem.fields["boughtOn"]}
      />
    </CostsForm>
  );
}
