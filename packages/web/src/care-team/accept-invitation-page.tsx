import { useState, type SubmitEvent } from "react";
import { Link, useLocation } from "react-router";
import { useSignedInUser } from "../accounts/signed-in-user";
import { TextField } from "../forms/text-field";
import { Page } from "../ui/page";
import { useAcceptInvitation } from "./care-team-queries";

/** The code rides in the link's fragment (`#code=…`), which browsers never send to a server. */
const codeFrom = (hash: string) => new URLSearchParams(hash.replace(/^#/, "")).get("code") ?? "";

/** A practitioner joins a client's care team with the invitation's link or code. */
export function AcceptInvitationPage() {
  const user = useSignedInUser();
  const { hash } = useLocation();
  const [code, setCode] = useState(() => codeFrom(hash));
  const accept = useAcceptInvitation();
  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    accept.mutate(code.trim());
  };
  return (
    <Page title="Join a care team" intro={<p>Someone invited you into their care team.</p>}>
      {user.role !== "practitioner" ? (
        <p role="alert">Only a practitioner account can join a care team.</p>
      ) : accept.isSuccess ? (
        <div className="panel panel--calm" role="status">
          <p>
            You are now in {accept.data.displayName}&apos;s care team. You see only what they chose
            to share.
          </p>
          <Link className="button button--primary" to={`/care-team/clients/${accept.data.userId}`}>
            Open {accept.data.displayName}
          </Link>
        </div>
      ) : (
        <form className="form" onSubmit={submit} noValidate>
          <TextField
            id="invitation-code"
            label="Invitation code"
            autoComplete="off"
            value={code}
            onChange={setCode}
            hint="Filled in when you open the invitation link."
            error={accept.isError ? accept.error.message : undefined}
          />
          <div className="form__actions">
            <button type="submit" className="button button--primary" disabled={accept.isPending}>
              Join the care team
            </button>
          </div>
        </form>
      )}
    </Page>
  );
}
