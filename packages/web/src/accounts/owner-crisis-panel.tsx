import { CrisisPanel } from "../ui/crisis-panel";
import { useSignedInUser } from "./signed-in-user";

/** The crisis panel for the signed-in person's own country (their setting). */
export function OwnerCrisisPanel({ isEmphasised = false }: { isEmphasised?: boolean }) {
  return <CrisisPanel country={useSignedInUser().country} isEmphasised={isEmphasised} />;
}
