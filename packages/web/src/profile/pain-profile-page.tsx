import { Link } from "react-router";
import { useSignedInUser } from "../accounts/signed-in-user";
import { Page } from "../ui/page";
import { LoadingPanel, RetryPanel } from "../ui/load-states";
import { PainProfileForm } from "./pain-profile-form";
import { usePainProfile } from "./pain-profile-queries";

export function PainProfilePage() {
  const user = useSignedInUser();
  const profile = usePainProfile(user.id);
  return (
    <Page
      title="Pain profile"
      heading="Your pain profile"
      intro={
        <>
          <p>
            What may lie behind your pain, what you take or have tried, and where it usually hurts.
            Fill in what you know; you can come back to it any time.
          </p>
          <p>
            <Link className="inline-target" to="/learn/neuropathic-pain">
              Understanding neuropathic pain
            </Link>
          </p>
        </>
      }
    >
      {profile.isPending && <LoadingPanel what="your pain profile" />}
      {profile.isError && (
        <RetryPanel what="your pain profile" onRetry={() => void profile.refetch()} />
      )}
      {profile.data !== undefined && <PainProfileForm userId={user.id} profile={profile.data} />}
    </Page>
  );
}
