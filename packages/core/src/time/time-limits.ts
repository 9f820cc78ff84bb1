/** Bounds on the times a person may give for something they record (a pain entry, a session). */
export const timeLimits = {
  /** How far ahead of the server's clock a time may be, for devices whose clocks run fast. */
  clockSkewMinutes: 5,
  /** The earliest time anything may be recorded at. */
  earliestInstant: "1900-01-01T00:00:00.000Z",
} as const;
