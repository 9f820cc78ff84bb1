import { useEffect, useState } from "react";

/** Whether the screen is being kept on: unsupported browsers (and refusals) simply say so. */
export type WakeLockState = "off" | "on" | "unsupported";

/**
 * Keeps the screen on while `isActive` (Screen Wake Lock API). Released when `isActive` turns
 * false or the page unmounts; taken again when the page becomes visible (the browser drops the
 * lock whenever the tab is hidden). Browsers without the API, or that refuse (low battery), get
 * "unsupported" or "off" and the practice plays on regardless.
 */
export function useWakeLock(isActive: boolean): WakeLockState {
  const isSupported = typeof navigator !== "undefined" && "wakeLock" in navigator;
  const [state, setState] = useState<WakeLockState>(isSupported ? "off" : "unsupported");

  useEffect(() => {
    if (!isActive || !isSupported) return;
    let sentinel: WakeLockSentinel | undefined;
    let isCurrent = true;

    async function acquire() {
      if (document.visibilityState !== "visible" || sentinel?.released === false) return;
      try {
        const next = await navigator.wakeLock.request("screen");
        if (!isCurrent) {
          await next.release();
          return;
        }
        sentinel = next;
        setState("on");
        next.addEventListener("release", () => {
          if (isCurrent) setState("off");
        });
      } catch {
        if (isCurrent) setState("off");
      }
    }

    const onVisibilityChange = () => {
      void acquire();
    };
    void acquire();
    document.addEventListener("visibilitychange", onVisibilityChange);
    return () => {
      isCurrent = false;
      document.removeEventListener("visibilitychange", onVisibilityChange);
      setState("off");
      void sentinel?.release().catch(() => undefined);
    };
  }, [isActive, isSupported]);

  return state;
}
