import { countryFromTimeZone } from "@painplan/core";
import { useContext } from "react";
import { CrisisPanel } from "../ui/crisis-panel";
import { SignedInUserContext, useSignedInUser } from "./signed-in-user";
import { deviceTimeZone } from "./time-zones";

/** The crisis panel for the signed-in person's own country (their setting). */
export function OwnerCrisisPanel({ isEmphasised = false }: { isEmphasised?: boolean }) {
  return <CrisisPanel country={useSignedInUser().country} isEmphasised={isEmphasised} />;
}

/**
 * The crisis panel on pages open to everyone (education): the signed-in person's country when
 * someone is signed in, else the country of the device's time zone (unknown → the generic
 * guidance, never another country's number).
 */
export function VisitorCrisisPanel() {
  const user = useContext(SignedInUserContext);
  const country = user === undefined ? countryFromTimeZone(deviceTimeZone()) : user.country;
  return <CrisisPanel country={country} />;
}
