import { useSignedInUser } from "../accounts/signed-in-user";
import { Page } from "../ui/page";
import { LoadingPage } from "../ui/status-page";
import { usePainProfile } from "../profile/pain-profile-queries";
import { profileRegionsWith } from "./intake-draft";
import { IntakeWizard } from "./intake-wizard";
import { useSafetyIntake } from "./safety-queries";

/** Numb areas from the pain profile, to start the sensation question from; none if unavailable. */
function useProfileNumbRegions(): readonly string[] | undefined {
  const { id: userId } = useSignedInUser();
  const profile = usePainProfile(userId);
  if (profile.isPending) return undefined;
  return profile.data === undefined ? [] : profileRegionsWith(profile.data.regions, "numbness");
}

export function IntakePage() {
  const intake = useSafetyIntake();
  const profileNumbRegions = useProfileNumbRegions();
  return (
    <Page title="Safety questions">
      {intake.isError ? (
        <p className="panel" role="alert">
          Your answers could not be loaded. Please check your connection and reload the page.
        </p>
      ) : intake.data === undefined || profileNumbRegions === undefined ? (
        <LoadingPage />
      ) : (
        <IntakeWizard intake={intake.data} profileNumbRegions={profileNumbRegions} />
      )}
    </Page>
  );
}
