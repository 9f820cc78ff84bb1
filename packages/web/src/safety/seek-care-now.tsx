type SeekCareNowProps = {
  /** Something that needs an ambulance (call emergency services) or a same-day doctor. */
  isEmergency: boolean;
  /** What was answered, in the person's words, so they can tell the doctor. */
  reasons: readonly string[];
};

/**
 * Shown the moment a red-flag answer is given: calm, clear, and with what to do now. It is an
 * alert so a screen reader says it at once, and it sits above everything else.
 */
export function SeekCareNow({ isEmergency, reasons }: SeekCareNowProps) {
  return (
    <section className="seek-care" role="alert" aria-labelledby="seek-care-heading">
      <h2 id="seek-care-heading" className="seek-care__heading">
        <span aria-hidden="true" className="seek-care__icon">
          !
        </span>{" "}
        {isEmergency ? "Please get medical help now" : "Please see a doctor today"}
      </h2>
      {isEmergency ? (
        <p>
          <strong>Call your emergency number now (999, 112 or 911)</strong>, or go to the nearest
          emergency department. Do not wait for it to pass, and do not start a therapy session.
        </p>
      ) : (
        <p>
          <strong>Call your doctor or an urgent-care line today.</strong> Please do not start a
          therapy session until a doctor has seen you.
        </p>
      )}
      {reasons.length > 0 && (
        <>
          <p>You told us:</p>
          <ul>
            {reasons.map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
        </>
      )}
      <p>PainPlan will not suggest any therapy while this is the case.</p>
    </section>
  );
}
