import { Page } from "../ui/page";
import { ChangePasswordForm } from "./change-password-form";
import { EraseAccountForm } from "./erase-account-form";
import { PasskeysSection } from "./passkeys-section";
import { ProfileForm } from "./profile-form";
import { useSignedInUser } from "./signed-in-user";
import { SignOutButton } from "./sign-out-button";

const roleNames = {
  patient: "Living with pain",
  practitioner: "Practitioner",
  admin: "Administrator",
} as const;

export function SettingsPage() {
  const user = useSignedInUser();
  return (
    <Page title="Settings">
      <section className="panel" aria-labelledby="account-heading">
        <h2 id="account-heading">Your account</h2>
        <dl className="facts">
          <dt>Email</dt>
          <dd>{user.email}</dd>
          <dt>Account type</dt>
          <dd>{roleNames[user.role]}</dd>
        </dl>
      </section>
      <section className="panel">
        <ProfileForm />
      </section>
      <section className="panel">
        <ChangePasswordForm />
      </section>
      <section className="panel">
        <PasskeysSection />
      </section>
      <section className="panel" aria-labelledby="sign-out-heading">
        <h2 id="sign-out-heading">Sign out</h2>
        <p>Signing out on a shared computer keeps your diary private.</p>
        <SignOutButton variant="secondary" label="Sign out on this device" />
      </section>
      <section className="panel">
        <EraseAccountForm userId={user.id} />
      </section>
    </Page>
  );
}
