import { useEffect, useState, useSyncExternalStore } from "react";
import {
  browserClock,
  PracticeTimer,
  type PlayerClock,
  type TimerSnapshot,
} from "./practice-timer";

/**
 * A `PracticeTimer` over the given step lengths (seconds), driven by `clock` (the browser's by
 * default; tests pass a fake). The timer is made once per mount: change `key` on the component to
 * start over with other steps.
 */
export function usePracticeTimer(
  stepSeconds: readonly number[],
  clock: PlayerClock = browserClock,
): { timer: PracticeTimer; snapshot: TimerSnapshot } {
  const [timer] = useState(() => new PracticeTimer(stepSeconds, clock));
  useEffect(() => {
    timer.attach();
    return () => {
      timer.dispose();
    };
  }, [timer]);
  const snapshot = useSyncExternalStore(timer.subscribe, timer.getSnapshot);
  return { timer, snapshot };
}
