import { useEffect, useRef, useState } from "react";

/**
 * `value` once it has stopped changing for `delayMs` (changes compared by their JSON): the
 * builder asks the server about a schedule only when the person paused typing, not at every key.
 */
export function useSettledValue<T>(value: T, delayMs: number): T {
  const [settled, setSettled] = useState(value);
  const latest = useRef(value);
  latest.current = value;
  // JSON.stringify(undefined) is undefined at run time, whatever its declared type says.
  const serialized = JSON.stringify(value) as string | undefined;
  useEffect(() => {
    const timer = setTimeout(() => {
      setSettled(latest.current);
    }, delayMs);
    return () => {
      clearTimeout(timer);
    };
  }, [serialized, delayMs]);
  return settled;
}
