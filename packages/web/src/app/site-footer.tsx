export function SiteFooter() {
  return (
    <footer className="site-footer">
      <p>
        PainPlan helps you keep track and plan. It is not a diagnosis: please talk to your doctor or
        care team about your pain and before changing your treatment.
      </p>
    </footer>
  );
}
