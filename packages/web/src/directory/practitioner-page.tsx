import { distanceWords } from "@painplan/core";
import type { ReactNode } from "react";
import { Link, useParams } from "react-router";
import { useSignedInUser } from "../accounts/signed-in-user";
import { usePersonDates } from "../accounts/use-person-dates";
import { VerdictBadge } from "../safety/verdict-badge";
import { LoadingPanel, RetryPanel } from "../ui/load-states";
import { Page } from "../ui/page";
import { directoryPaths, inviteToCareTeamPath } from "./directory-paths";
import { usePractitionerProfile, useSavedIds, useToggleSaved } from "./directory-queries";
import type { CredentialView, PractitionerProfileView } from "./practitioner-view";
import { planCostWords, priceListWords } from "./price-words";
import { usePlanCost } from "./use-plan-cost";
import { VerificationNote } from "./verification-note";
import "./directory.css";

export function PractitionerPage() {
  const { practitionerId = "" } = useParams();
  const profile = usePractitionerProfile(practitionerId);
  if (profile.isPending) {
    return (
      <Page title="Therapist">
        <LoadingPanel what="this therapist" />
      </Page>
    );
  }
  if (profile.view === undefined) {
    return (
      <Page title="Therapist">
        {profile.isNotFound ? (
          <p className="panel">
            This therapist is no longer in the directory, or the address is mistyped.
          </p>
        ) : (
          <RetryPanel what="this therapist" onRetry={() => void profile.refetch()} />
        )}
        <Link className="button button--secondary" to={directoryPaths.search}>
          Back to the search
        </Link>
      </Page>
    );
  }
  return <Profile practitioner={profile.view} />;
}

function Profile({ practitioner: p }: { practitioner: PractitionerProfileView }) {
  const { today } = usePersonDates();
  const { country } = useSignedInUser();
  const planCost = usePlanCost()(p);
  const saved = useSavedIds();
  const toggleSaved = useToggleSaved();
  const isSaved = saved.has(p.id);
  return (
    <Page title={p.name} intro={p.practice === "" ? undefined : p.practice}>
      {p.isFictional && <p className="fictional-tag">Made-up example, not a real person</p>}
      <div className="practitioner-card__actions directory-links">
        <Link
          className="button button--primary"
          to={inviteToCareTeamPath(p.accountId)}
          aria-describedby={p.accountId === null ? "invite-by-email-hint" : undefined}
        >
          Invite to your care team
        </Link>
        <button
          type="button"
          className="button button--secondary"
          aria-pressed={isSaved}
          onClick={() => {
            toggleSaved(p.id, !isSaved);
          }}
        >
          {isSaved ? "Saved" : "Save"}
        </button>
        <Link className="button button--secondary" to={directoryPaths.questions}>
          Questions to ask
        </Link>
      </div>
      {p.accountId === null && (
        <p id="invite-by-email-hint" className="field__hint">
          They are not on PainPlan yet: you can invite them by e-mail, and you choose what they see.
        </p>
      )}
      {(!p.isMatch || p.cautions.length > 0 || planCost.length > 0) && (
        <section className="panel" aria-labelledby="fit-heading">
          <h2 id="fit-heading">For you</h2>
          {!p.isMatch && (
            <p>
              <VerdictBadge level="avoid" /> Not a match for you.
            </p>
          )}
          <List items={p.cautions} />
          {planCost.length > 0 && (
            <>
              <p className="practitioner-card__label">Your plan with them:</p>
              <List items={planCost.map(planCostWords)} />
            </>
          )}
        </section>
      )}
      <section aria-labelledby="facts-heading">
        <h2 id="facts-heading">What they offer</h2>
        <dl className="facts">
          <Fact label="Therapies">
            <ul className="why-match">
              {p.modalities.map((modality) => (
                <li key={modality.modality}>
                  {modality.name}
                  {modality.avoidWhy !== null && (
                    <>
                      {" "}
                      <VerdictBadge level="avoid" />
                    </>
                  )}
                </li>
              ))}
            </ul>
          </Fact>
          {p.distanceKm !== null && (
            <Fact label="Distance">{distanceWords(p.distanceKm, country)}</Fact>
          )}
          <Fact label="Where">{joined(p.settings)}</Fact>
          <Fact label="Prices">{priceListWords(p.prices)}</Fact>
          <Fact label="Sliding scale">{p.slidingScale ?? "No"}</Fact>
          <Fact label="Insurance">{joined(p.insurance)}</Fact>
          <Fact label="Payment">{joined(p.payments)}</Fact>
          <Fact label="Taking new clients">
            {p.accepting.value ? "Yes" : "No"}
            {" · "}
            <VerificationNote facts={p.accepting.verification} today={today} />
          </Fact>
          <Fact label="When">{p.availability === "" ? "Not said" : p.availability}</Fact>
          <Fact label="Nerve pain experience">{joined(p.neuropathyExperience)}</Fact>
          <Fact label="Languages">{joined(p.languages)}</Fact>
          <Fact label="Access">{joined(p.accessibility)}</Fact>
        </dl>
      </section>
      <section aria-labelledby="credentials-heading">
        <h2 id="credentials-heading">Licences and training</h2>
        <p className="field__hint">
          Directories are often out of date: each line says when it was last checked, and by whom.
        </p>
        <Credentials title="Licences" entries={p.licences} today={today} />
        <Credentials title="Certificates" entries={p.certifications} today={today} />
        <dl className="facts">
          {p.yearsInPractice !== null && (
            <Fact label="Years in practice">{String(p.yearsInPractice)}</Fact>
          )}
          {p.specialties.length > 0 && (
            <Fact label="Kind of practice">{joined(p.specialties)}</Fact>
          )}
        </dl>
        {p.identifiers.length > 0 && (
          <Credentials title="Provider number" entries={p.identifiers} today={today} />
        )}
      </section>
      {p.bio !== "" && (
        <section aria-labelledby="bio-heading">
          <h2 id="bio-heading">In their words</h2>
          <p>{p.bio}</p>
        </section>
      )}
      <p>
        <Link className="button button--secondary" to={directoryPaths.search}>
          Back to the search
        </Link>
      </p>
    </Page>
  );
}

function joined(values: readonly string[]): string {
  return values.length === 0 ? "Not said" : values.join("; ");
}

function List({ items }: { items: readonly string[] }) {
  if (items.length === 0) return null;
  return (
    <ul className="why-match">
      {items.map((item) => (
        <li key={item}>{item}</li>
      ))}
    </ul>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </>
  );
}

function Credentials({
  title,
  entries,
  today,
}: {
  title: string;
  entries: readonly CredentialView[];
  today: string;
}) {
  return (
    <>
      <h3>{title}</h3>
      {entries.length === 0 ? (
        <p>None listed.</p>
      ) : (
        <ul className="why-match">
          {entries.map((entry) => (
            <li key={entry.text}>
              {entry.text} · <VerificationNote facts={entry.verification} today={today} />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
