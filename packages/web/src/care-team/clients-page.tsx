import { Link } from "react-router";
import { LoadingPanel, RetryPanel } from "../ui/load-states";
import { Page } from "../ui/page";
import { useClients } from "./care-team-queries";
import { sharedInWords } from "./scope-words";

/** The practitioner's dashboard: the people whose care team they are in, and what each shares. */
export function ClientsPage() {
  const clients = useClients();
  return (
    <Page
      title="My clients"
      intro={<p>People who invited you into their care team, with what each one shares.</p>}
    >
      {clients.isPending && <LoadingPanel what="your clients" />}
      {clients.isError && <RetryPanel what="your clients" onRetry={() => void clients.refetch()} />}
      {clients.data !== undefined &&
        (clients.data.clients.length === 0 ? (
          <p>No clients yet. When someone invites you, open their link to join.</p>
        ) : (
          <ul className="plain-list">
            {clients.data.clients.map((client) => (
              <li className="panel" key={client.memberId}>
                <h2>
                  <Link className="inline-target" to={`/care-team/clients/${client.userId}`}>
                    {client.displayName}
                  </Link>
                </h2>
                <p>Shares: {sharedInWords(client.scopes)}</p>
              </li>
            ))}
          </ul>
        ))}
    </Page>
  );
}
