import type { RedFlagState } from "./red-flag-urgency";
import { SeekCareNow } from "./seek-care-now";

/** Red-flag answers, shown on the wizard as soon as they are given (before any save). */
export function RedFlagNotice({ state }: { state: RedFlagState }) {
  switch (state.urgency) {
    case "none":
      return null;
    case "emergency":
    case "urgent":
      return <SeekCareNow isEmergency={state.urgency === "emergency"} reasons={state.questions} />;
    case "unsure":
      return (
        <section className="panel" role="status" aria-labelledby="unsure-heading">
          <h2 id="unsure-heading">You were not sure about a warning sign</h2>
          <p>
            Please ask a doctor about it soon. If it gets worse, or you feel very unwell, get
            medical help straight away.
          </p>
        </section>
      );
  }
}
