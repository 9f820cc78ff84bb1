import type { PractitionerProfileValues } from "@painplan/core";
import type { Transaction } from "kysely";
import type { Tables } from "../database/tables.js";
import { keptVerification } from "./verification-columns.js";

/** The two kinds of credential a profile lists: each has its table and its title column. */
export const credentialKinds = {
  licence: { table: "practitioner_licences", titleColumn: "number" },
  certification: { table: "practitioner_certifications", titleColumn: "name" },
} as const;

/** A licence or a certification. */
export type CredentialKind = keyof typeof credentialKinds;

/** A credential as the profile form sends it; `title` is a licence's number, a certification's name. */
type WantedCredential = {
  id?: string | undefined;
  title: string;
  issuer: string;
  expiresOn: string | null;
};

/** The credentials of one kind in a profile form, in the form's order. */
function wantedOf(kind: CredentialKind, values: PractitionerProfileValues): WantedCredential[] {
  return kind === "licence"
    ? values.licences.map((licence) => ({ ...licence, title: licence.number }))
    : values.certifications.map((certification) => ({
        ...certification,
        title: certification.name,
      }));
}

/**
 * Replaces a profile's credentials of one kind with the form's, in its order. A credential keeps
 * its id and verification only while its id, title and issuer are unchanged; any other gets a
 * new id and no verification.
 */
export async function replaceCredentials(
  trx: Transaction<Tables>,
  kind: CredentialKind,
  profileId: string,
  values: PractitionerProfileValues,
  newId: () => string,
): Promise<void> {
  const { table, titleColumn } = credentialKinds[kind];
  const existing = await trx
    .selectFrom(table)
    .selectAll()
    .where("profile_id", "=", profileId)
    .execute();
  const byId = new Map(existing.map((row) => [row.id, row]));
  await trx.deleteFrom(table).where("profile_id", "=", profileId).execute();
  const wanted = wantedOf(kind, values);
  if (wanted.length === 0) return;
  const rows = wanted.map((credential, position) => {
    const old = credential.id === undefined ? undefined : byId.get(credential.id);
    const isSame =
      old !== undefined && titleOf(old) === credential.title && old.issuer === credential.issuer;
    return {
      id: isSame ? old.id : newId(),
      profile_id: profileId,
      position,
      [titleColumn]: credential.title,
      issuer: credential.issuer,
      expires_on: credential.expiresOn,
      ...keptVerification(old, isSame),
    };
  });
  await trx.insertInto(table).values(rows).execute();
}

function titleOf(row: { number: string } | { name: string }): string {
  return "number" in row ? row.number : row.name;
}

/** The profile's `licence_verified_at`: the newest admin confirmation among its licences. */
export async function refreshLicenceVerifiedAt(
  trx: Transaction<Tables>,
  profileId: string,
): Promise<void> {
  const latest = await trx
    .selectFrom("practitioner_licences")
    .select((eb) => eb.fn.max("verified_at").as("latest"))
    .where("profile_id", "=", profileId)
    .where("verification_source", "=", "admin")
    .where("verification_outcome", "=", "confirmed")
    .executeTakeFirst();
  await trx
    .updateTable("practitioner_profiles")
    .set({ licence_verified_at: latest?.latest ?? null })
    .where("id", "=", profileId)
    .execute();
}
