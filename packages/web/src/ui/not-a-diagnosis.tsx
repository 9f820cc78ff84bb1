/**
 * The plain-words disclaimer every safety and library page carries, near the top so it is read
 * before any advice.
 */
export function NotADiagnosis() {
  return (
    <p className="not-a-diagnosis">
      <strong>This is not a diagnosis.</strong> It is general guidance from your answers. Please
      talk to your doctor or care team before you start or change a treatment.
    </p>
  );
}
