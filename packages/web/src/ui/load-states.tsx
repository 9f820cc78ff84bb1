/** While an area's data loads: a short, polite status instead of an empty page. */
export function LoadingPanel({ what }: { what: string }) {
  return (
    <p className="loading" role="status">
      Loading {what}…
    </p>
  );
}

/** A failed load: say so calmly and offer to try again. */
export function RetryPanel({ what, onRetry }: { what: string; onRetry: () => void }) {
  return (
    <div className="panel" role="alert">
      <p>We could not load {what} just now. This is usually brief.</p>
      <button type="button" className="button button--primary" onClick={onRetry}>
        Try again
      </button>
    </div>
  );
}
