/** A licensed questionnaire this PainPlan has no licence for: say so plainly, no dead end. */
export function NotInstalledPanel({ title }: { title: string }) {
  return (
    <div className="panel panel--calm">
      <p>
        <strong>{title}</strong> is not available in this PainPlan. Its questions are copyrighted,
        and they can only be shown once whoever runs this PainPlan has a licence for them.
      </p>
      <p>
        Nothing is missing from your care: your doctor or care team can go through it with you, and
        the other questionnaires here are free to use.
      </p>
    </div>
  );
}
