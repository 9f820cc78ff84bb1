/**
 * The player's clock, kept apart from React so it can be tested with a fake clock. A practice is
 * a list of timed steps; the timer only counts elapsed milliseconds of playing time (pauses do not
 * count) and derives the current step from it, so a tab that slept or a slow device never skips
 * or repeats a step: the position is always recomputed from the clock, never accumulated by ticks.
 */

/** Where time comes from: `now()` in milliseconds (any origin), `every` calls back periodically. */
export type PlayerClock = {
  now: () => number;
  /** Calls `callback` every `milliseconds` until the returned function is called. */
  every: (milliseconds: number, callback: () => void) => () => void;
};

/** The browser's clock: `performance.now()` (never jumps with the wall clock) and setInterval. */
export const browserClock: PlayerClock = {
  now: () => performance.now(),
  every: (milliseconds, callback) => {
    const handle = window.setInterval(callback, milliseconds);
    return () => {
      window.clearInterval(handle);
    };
  },
};

export type TimerStatus = "ready" | "playing" | "paused" | "finished";

/** What the player shows at one moment. Seconds are whole seconds, rounded up while counting down. */
export type TimerSnapshot = {
  status: TimerStatus;
  /** Index into the steps; the last step while finished. */
  stepIndex: number;
  /** Seconds into the current step (whole, rounded down). */
  secondsIntoStep: number;
  /** Seconds left in the current step (whole, rounded up; 0 when finished). */
  secondsLeftInStep: number;
  /** Seconds of playing time so far, pauses excluded (whole, rounded down). */
  secondsDone: number;
  totalSeconds: number;
};

/** How often the snapshot is refreshed while playing: a quarter second keeps counts on time. */
export const tickMilliseconds = 250;

/**
 * A timer over steps of `stepSeconds[i]` seconds (each > 0). `start` from ready, `pause` and
 * `resume`, `finish` to end early; listeners hear every change and every tick while playing.
 * Throws on an empty list or a step that is not a positive number of seconds.
 */
export class PracticeTimer {
  readonly #steps: readonly number[];
  readonly #clock: PlayerClock;
  readonly #listeners = new Set<() => void>();
  #status: TimerStatus = "ready";
  /** Playing milliseconds banked before the current run (the time between the last start/resume and now). */
  #bankedMilliseconds = 0;
  #runStartedAt = 0;
  #stopTicking: (() => void) | undefined;
  #snapshot: TimerSnapshot;

  constructor(stepSeconds: readonly number[], clock: PlayerClock) {
    if (stepSeconds.length === 0) throw new Error("A practice needs at least one step.");
    if (stepSeconds.some((seconds) => !Number.isFinite(seconds) || seconds <= 0)) {
      throw new Error("Every step needs a positive length in seconds.");
    }
    this.#steps = stepSeconds;
    this.#clock = clock;
    this.#snapshot = this.#compute();
  }

  get totalSeconds(): number {
    return this.#steps.reduce((sum, seconds) => sum + seconds, 0);
  }

  /** The current snapshot (the same object until something changes: safe for useSyncExternalStore). */
  getSnapshot = (): TimerSnapshot => this.#snapshot;

  subscribe = (listener: () => void): (() => void) => {
    this.#listeners.add(listener);
    return () => {
      this.#listeners.delete(listener);
    };
  };

  start(): void {
    if (this.#status !== "ready") return;
    this.#run();
  }

  pause(): void {
    if (this.#status !== "playing") return;
    this.#bankedMilliseconds = this.#playedMilliseconds();
    this.#status = "paused";
    this.#stopTicking?.();
    this.#stopTicking = undefined;
    this.#refresh();
  }

  resume(): void {
    if (this.#status !== "paused") return;
    this.#run();
  }

  /** Pause when playing, resume when paused, start when ready. */
  toggle(): void {
    if (this.#status === "playing") this.pause();
    else if (this.#status === "paused") this.resume();
    else this.start();
  }

  /** Ends the practice now (early or at the end); the time done so far is kept. */
  finish(): void {
    if (this.#status === "finished") return;
    this.#bankedMilliseconds = Math.min(this.#playedMilliseconds(), this.totalSeconds * 1000);
    this.#status = "finished";
    this.#stopTicking?.();
    this.#stopTicking = undefined;
    this.#refresh();
  }

  /** Stops ticking without finishing (the page is leaving, or React re-runs its effects). */
  dispose(): void {
    this.#stopTicking?.();
    this.#stopTicking = undefined;
  }

  /** Ticks again after `dispose` if it was playing (React's development double effects). */
  attach(): void {
    if (this.#status === "playing" && this.#stopTicking === undefined) this.#tick();
  }

  #run(): void {
    this.#runStartedAt = this.#clock.now();
    this.#status = "playing";
    this.#tick();
    this.#refresh();
  }

  #tick(): void {
    this.#stopTicking = this.#clock.every(tickMilliseconds, () => {
      this.#refresh();
    });
  }

  #playedMilliseconds(): number {
    if (this.#status !== "playing") return this.#bankedMilliseconds;
    return this.#bankedMilliseconds + Math.max(0, this.#clock.now() - this.#runStartedAt);
  }

  #refresh(): void {
    if (this.#status === "playing" && this.#playedMilliseconds() >= this.totalSeconds * 1000) {
      this.finish();
      return;
    }
    const next = this.#compute();
    if (sameSnapshot(next, this.#snapshot)) return;
    this.#snapshot = next;
    for (const listener of [...this.#listeners]) listener();
  }

  #compute(): TimerSnapshot {
    const played = this.#playedMilliseconds();
    const totalSeconds = this.totalSeconds;
    let stepStart = 0;
    for (const [index, seconds] of this.#steps.entries()) {
      const stepEnd = stepStart + seconds * 1000;
      const isLast = index === this.#steps.length - 1;
      if (played < stepEnd || isLast) {
        const into = Math.min(played - stepStart, seconds * 1000);
        return {
          status: this.#status,
          stepIndex: index,
          secondsIntoStep: Math.floor(into / 1000),
          secondsLeftInStep: Math.max(0, Math.ceil((stepEnd - stepStart - into) / 1000)),
          secondsDone: Math.floor(played / 1000),
          totalSeconds,
        };
      }
      stepStart = stepEnd;
    }
    throw new Error("unreachable: a timer has at least one step");
  }
}

function sameSnapshot(a: TimerSnapshot, b: TimerSnapshot): boolean {
  return (
    a.status === b.status &&
    a.stepIndex === b.stepIndex &&
    a.secondsIntoStep === b.secondsIntoStep &&
    a.secondsLeftInStep === b.secondsLeftInStep &&
    a.secondsDone === b.secondsDone
  );
}
