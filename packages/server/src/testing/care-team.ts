import {
  careTeamScopes,
  type CareTeamClient,
  type CareTeamInvitation,
  type CareTeamScopeSet,
} from "@painplan/core";
import type { SignedInClient } from "./accounts.js";
import { randomUUID } from "node:crypto";
import { aRegistration } from "./factories.js";
import type { TestApp } from "./test-app.js";

/** Every scope on. */
export const allScopes = Object.fromEntries(
  careTeamScopes.map((scope) => [scope, true]),
) as CareTeamScopeSet;

/** A new practitioner account, signed in, in `timeZone`. */
export async function signedInPractitioner(
  testApp: Pick<TestApp, "client">,
  timeZone = "Europe/Paris",
): Promise<SignedInClient> {
  const registration = aRegistration().withRole("practitioner").withTimeZone(timeZone).build();
  const client = testApp.client();
  const response = await client.post("/api/auth/register", registration);
  if (response.statusCode !== 201) throw new Error(`register failed: ${response.body}`);
  return { client, user: response.json<SignedInClient>().user, password: registration.password };
}

type InviteBody = {
  idempotencyKey: string;
  scopes: CareTeamScopeSet;
  practitionerId?: string;
  email?: string;
};

/** An invitation's body: by e-mail with every scope and a new key, fields overridable. */
export const anInvitationBody = (fields: Partial<InviteBody> = {}): InviteBody => ({
  idempotencyKey: randomUUID(),
  ...(fields.practitionerId === undefined ? { email: "therapist@example.org" } : {}),
  scopes: allScopes,
  ...fields,
});

/** The owner invites by e-mail (the code comes back once); `body` fields override the default. */
export async function invite(
  owner: SignedInClient,
  body: Partial<InviteBody> = {},
): Promise<CareTeamInvitation & { token: string; acceptUrl: string }> {
  const response = await owner.client.post(
    `/api/users/${owner.user.id}/care-team/invitations`,
    anInvitationBody(body),
  );
  if (response.statusCode !== 201) throw new Error(`invite failed: ${response.body}`);
  const { token, acceptUrl, ...rest } = response.json<CareTeamInvitation>();
  // A new invitation always shows its code; only a retry (a used key) answers without it.
  if (token === null || acceptUrl === null) throw new Error("invite returned no code");
  return { ...rest, token, acceptUrl };
}

/** Through the real API: the owner invites the practitioner with `scopes`, who accepts. */
export async function joinCareTeam(
  owner: SignedInClient,
  practitioner: SignedInClient,
  scopes: CareTeamScopeSet = allScopes,
): Promise<CareTeamClient> {
  const { token } = await invite(owner, { scopes, practitionerId: practitioner.user.id });
  const accepted = await practitioner.client.post("/api/care-team/invitations/accept", { token });
  if (accepted.statusCode !== 200) throw new Error(`accept failed: ${accepted.body}`);
  return accepted.json<CareTeamClient>();
}

/** The owner revokes a member at once. */
export async function revokeMember(owner: SignedInClient, memberId: string): Promise<void> {
  const url = `/api/users/${owner.user.id}/care-team/members/${memberId}`;
  const response = await owner.client.request("DELETE", url);
  if (response.statusCode !== 200) throw new Error(`revoke failed: ${response.body}`);
}
