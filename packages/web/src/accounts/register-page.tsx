import { countryFromTimeZone, passwordPolicy } from "@painplan/core";
import type { SubmitEvent } from "react";
import { useState } from "react";
import { Link, useNavigate, useSearchParams } from "react-router";
import { Page } from "../ui/page";
import { ErrorSummary } from "../forms/error-summary";
import { formProblemFrom } from "../forms/form-problem";
import { PasswordField } from "../forms/password-field";
import { SubmitButton } from "../forms/submit-button";
import { TextField } from "../forms/text-field";
import { useTabDraft } from "../forms/use-tab-draft";
import { useRegister } from "./account-mutations";
import { safeNextPath } from "./next-path";
import { parseRole, RoleField } from "./role-field";
import { CountryField, countryOfField } from "./country-field";
import { TimeZoneField } from "./time-zone-field";
import { deviceTimeZone } from "./time-zones";

const fieldTargets = {
  displayName: { id: "register-display-name", label: "Your name" },
  email: { id: "register-email", label: "Email" },
  password: { id: "register-password", label: "Password" },
  timeZone: { id: "register-time-zone", label: "Time zone" },
  country: { id: "register-country", label: "Country" },
  role: { id: "register-role", label: "Which describes you?" },
} as const;

export function RegisterPage() {
  const [searchParams] = useSearchParams();
  const navigate = useNavigate();
  const next = safeNextPath(searchParams.get("next"));
  const [baseline] = useState(() => ({
    displayName: "",
    email: "",
    timeZone: deviceTimeZone(),
    country: countryFromTimeZone(deviceTimeZone()) ?? "",
    role: "patient",
  }));
  const { values, setField } = useTabDraft("register", baseline);
  const [password, setPassword] = useState("");
  const register = useRegister();
  const problem = formProblemFrom(register.error, Object.keys(fieldTargets));

  function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (register.isPending) return;
    const body = {
      ...values,
      country: countryOfField(values.country),
      password,
      role: parseRole(values.role),
    };
    register.mutate(body, { onSuccess: () => void navigate(next, { replace: true }) });
  }

  return (
    <Page
      title="Create an account"
      intro={<p>It takes a minute. You can change all of this later in Settings.</p>}
    >
      <form className="form" noValidate onSubmit={submit}>
        <ErrorSummary problem={problem} fieldTargets={fieldTargets} />
        <TextField
          id={fieldTargets.displayName.id}
          label={fieldTargets.displayName.label}
          hint="The name PainPlan will greet you with. A first name or nickname is fine."
          autoComplete="nickname"
          value={values.displayName}
          onChange={(value) => {
            setField("displayName", value);
          }}
          error={problem.fields["displayName"]}
        />
        <TextField
          id={fieldTargets.email.id}
          label={fieldTargets.email.label}
          hint="You will use it to sign in. We never share it."
          type="email"
          autoComplete="email"
          value={values.email}
          onChange={(value) => {
            setField("email", value);
          }}
          error={problem.fields["email"]}
        />
        <PasswordField
          id={fieldTargets.password.id}
          label={fieldTargets.password.label}
          hint={`At least ${passwordPolicy.minLength} characters. A few words you will remember work well.`}
          autoComplete="new-password"
          value={password}
          onChange={setPassword}
          error={problem.fields["password"]}
        />
        <TimeZoneField
          id={fieldTargets.timeZone.id}
          value={values.timeZone}
          onChange={(value) => {
            // The country follows the zone while it is still the zone's own guess.
            if (values.country === (countryFromTimeZone(values.timeZone) ?? "")) {
              setField("country", countryFromTimeZone(value) ?? "");
            }
            setField("timeZone", value);
          }}
          error={problem.fields["timeZone"]}
        />
        <CountryField
          id={fieldTargets.country.id}
          value={values.country}
          onChange={(value) => {
            setField("country", value);
          }}
          error={problem.fields["country"]}
        />
        <RoleField
          id={fieldTargets.role.id}
          value={parseRole(values.role)}
          onChange={(value) => {
            setField("role", value);
          }}
          error={problem.fields["role"]}
        />
        <SubmitButton isBusy={register.isPending} busyLabel="Creating your account…">
          Create my account
        </SubmitButton>
      </form>
      <p className="page__aside">
        Already have an account?{" "}
        <Link to={`/sign-in${next === "/" ? "" : `?next=${encodeURIComponent(next)}`}`}>
          Sign in
        </Link>
      </p>
    </Page>
  );
}
