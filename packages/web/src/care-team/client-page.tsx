import type { CareTeamClient } from "@painplan/core";
import { Link, useParams } from "react-router";
import { LoadingPanel, RetryPanel } from "../ui/load-states";
import { Page } from "../ui/page";
import { personDates } from "../ui/person-dates";
import { SheetContent } from "../safety/sheet-content";
import { useClients, useClientSafetySheet } from "./care-team-queries";
import { ClientPlan } from "./client-plan";
import { ClientSessions } from "./client-sessions";
import { DiarySummaryTable } from "./diary-summary-table";
import { Dn4ExaminationForm } from "./dn4-examination-form";
import { sharedInWords } from "./scope-words";

/** What one client shares with the practitioner, dated in the client's zone, named as them. */
export function ClientPage() {
  const { userId = "" } = useParams();
  const clients = useClients();
  const client = clients.data?.clients.find((candidate) => candidate.userId === userId);
  return (
    <Page title={client?.displayName ?? "Client"}>
      {clients.isPending && <LoadingPanel what="your client" />}
      {clients.isError && <RetryPanel what="your client" onRetry={() => void clients.refetch()} />}
      {clients.data !== undefined && client === undefined && (
        <p role="alert">This person has not shared anything with you, or ended your access.</p>
      )}
      {client !== undefined && <SharedData client={client} />}
      <p>
        <Link className="inline-target" to="/care-team/clients">
          Back to my clients
        </Link>
      </p>
    </Page>
  );
}

function SharedData({ client }: { client: CareTeamClient }) {
  const dates = personDates(client.timeZone, new Date());
  const sheet = useClientSafetySheet(client.userId, client.scopes.safetySheet);
  return (
    <>
      <p>
        Their today is {dates.calendarDate(dates.today)} ({client.timeZone}). They share:{" "}
        {sharedInWords(client.scopes)}.
      </p>
      {client.scopes.sessions && <ClientSessions client={client} dates={dates} />}
      {client.scopes.plan && <ClientPlan client={client} dates={dates} />}
      {client.scopes.diarySummary && <DiarySummaryTable client={client} dates={dates} />}
      {client.scopes.safetySheet && (
        <section aria-labelledby="sheet-heading">
          <h2 id="sheet-heading">Safety sheet</h2>
          {sheet.isPending && <LoadingPanel what="the safety sheet" />}
          {sheet.data !== undefined && <SheetContent sheet={sheet.data} />}
        </section>
      )}
      {client.scopes.instruments && <Dn4ExaminationForm client={client} />}
    </>
  );
}
