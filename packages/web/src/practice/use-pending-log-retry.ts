import { useEffect } from "react";

/**
 * Sends logs that waited for the network: once when the page opens and whenever the browser
 * says it is back online. `onResult` hears how many still wait.
 */
export function usePendingLogRetry(
  sendWaiting: () => Promise<{ waiting: number }>,
  onResult?: (waiting: number) => void,
): void {
  useEffect(() => {
    let isCurrent = true;
    const retry = () => {
      void sendWaiting()
        .then(({ waiting }) => {
          if (isCurrent) onResult?.(waiting);
        })
        .catch(() => undefined);
    };
    retry();
    window.addEventListener("online", retry);
    return () => {
      isCurrent = false;
      window.removeEventListener("online", retry);
    };
  }, [sendWaiting, onResult]);
}
