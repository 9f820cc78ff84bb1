import type { RedFlagAlert } from "@painplan/core";
import { OwnerCrisisPanel } from "../accounts/owner-crisis-panel";
import { SeekCareNow } from "./seek-care-now";

/** Red flags from the saved answers, always first on the results page. */
export function RaisedRedFlags({ alert }: { alert: RedFlagAlert }) {
  if (alert.urgency === "none") return null;
  const reasons = alert.flags.map((flag) =>
    flag.answer === "not-sure" ? `Not sure: ${flag.question}` : flag.question,
  );
  return (
    <>
      <SeekCareNow isEmergency={alert.urgency === "emergency"} reasons={reasons} />
      {alert.message !== null && <p className="panel">{alert.message}</p>}
      {alert.flags.some((flag) => flag.id === "self-harm-thoughts") && (
        <OwnerCrisisPanel isEmphasised />
      )}
    </>
  );
}
