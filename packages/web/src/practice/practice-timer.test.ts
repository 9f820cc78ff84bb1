import { describe, expect, it } from "vitest";
import { PracticeTimer, tickMilliseconds, type PlayerClock } from "./practice-timer";

/** A clock that moves only when told to, firing the intervals that fall due on the way. */
function fakeClock() {
  let now = 1_000;
  const intervals = new Set<{ every: number; next: number; callback: () => void }>();
  const clock: PlayerClock = {
    now: () => now,
    every: (milliseconds, callback) => {
      const interval = { every: milliseconds, next: now + milliseconds, callback };
      intervals.add(interval);
      return () => {
        intervals.delete(interval);
      };
    },
  };
  function advance(milliseconds: number) {
    const end = now + milliseconds;
    for (;;) {
      const due = [...intervals].filter((i) => i.next <= end).sort((a, b) => a.next - b.next)[0];
      if (due === undefined) break;
      now = due.next;
      due.next += due.every;
      due.callback();
    }
    now = end;
  }
  return { clock, advance, activeIntervals: () => intervals.size };
}

describe("PracticeTimer with a fake clock", () => {
  it("waits until started, then counts down the first step", () => {
    const { clock, advance } = fakeClock();
    const timer = new PracticeTimer([10, 20], clock);
    advance(5_000);
    expect(timer.getSnapshot()).toMatchObject({ status: "ready", secondsDone: 0, stepIndex: 0 });
    timer.start();
    advance(3_000);
    expect(timer.getSnapshot()).toMatchObject({
      status: "playing",
      stepIndex: 0,
      secondsIntoStep: 3,
      secondsLeftInStep: 7,
      secondsDone: 3,
      totalSeconds: 30,
    });
  });

  it("moves to the next step when a step's time is up", () => {
    const { clock, advance } = fakeClock();
    const timer = new PracticeTimer([10, 20, 5], clock);
    timer.start();
    advance(9_999);
    expect(timer.getSnapshot().stepIndex).toBe(0);
    advance(1);
    expect(timer.getSnapshot()).toMatchObject({ stepIndex: 1, secondsIntoStep: 0 });
    advance(20_000);
    expect(timer.getSnapshot()).toMatchObject({ stepIndex: 2, secondsLeftInStep: 5 });
  });

  it("does not count paused time, and resumes where it stopped", () => {
    const { clock, advance, activeIntervals } = fakeClock();
    const timer = new PracticeTimer([10, 20], clock);
    timer.start();
    advance(8_000);
    timer.pause();
    expect(activeIntervals()).toBe(0);
    advance(60_000);
    expect(timer.getSnapshot()).toMatchObject({ status: "paused", stepIndex: 0, secondsDone: 8 });
    timer.resume();
    advance(4_000);
    expect(timer.getSnapshot()).toMatchObject({
      status: "playing",
      stepIndex: 1,
      secondsIntoStep: 2,
      secondsDone: 12,
    });
  });

  it("toggle starts, pauses and resumes (the Space key)", () => {
    const { clock, advance } = fakeClock();
    const timer = new PracticeTimer([30], clock);
    timer.toggle();
    expect(timer.getSnapshot().status).toBe("playing");
    advance(1_000);
    timer.toggle();
    expect(timer.getSnapshot().status).toBe("paused");
    timer.toggle();
    expect(timer.getSnapshot().status).toBe("playing");
  });

  it("finishes by itself at the end, stops ticking and tells its listeners", () => {
    const { clock, advance, activeIntervals } = fakeClock();
    const timer = new PracticeTimer([60, 60, 60], clock);
    const statuses: string[] = [];
    timer.subscribe(() => statuses.push(timer.getSnapshot().status));
    timer.start();
    advance(180_000 + tickMilliseconds);
    expect(timer.getSnapshot()).toMatchObject({
      status: "finished",
      stepIndex: 2,
      secondsDone: 180,
      secondsLeftInStep: 0,
    });
    expect(statuses.at(-1)).toBe("finished");
    expect(activeIntervals()).toBe(0);
    advance(60_000);
    expect(timer.getSnapshot().secondsDone).toBe(180);
  });

  it("keeps the time done when ended early", () => {
    const { clock, advance } = fakeClock();
    const timer = new PracticeTimer([60, 60], clock);
    timer.start();
    advance(75_500);
    timer.finish();
    advance(10_000);
    expect(timer.getSnapshot()).toMatchObject({ status: "finished", secondsDone: 75 });
  });

  it("catches up after a long sleep without ticks (a tab in the background)", () => {
    let now = 0;
    const silentClock: PlayerClock = { now: () => now, every: () => () => undefined };
    const timer = new PracticeTimer([10, 10, 10], silentClock);
    timer.start();
    now = 25_000;
    timer.pause();
    expect(timer.getSnapshot()).toMatchObject({ stepIndex: 2, secondsIntoStep: 5 });
  });

  it("ticks again when attached after a dispose while playing (React's double effects)", () => {
    const { clock, advance, activeIntervals } = fakeClock();
    const timer = new PracticeTimer([10, 10], clock);
    timer.start();
    timer.dispose();
    expect(activeIntervals()).toBe(0);
    timer.attach();
    timer.attach();
    expect(activeIntervals()).toBe(1);
    advance(12_000);
    expect(timer.getSnapshot()).toMatchObject({ status: "playing", stepIndex: 1 });
  });

  it("refuses an empty practice or a step without length", () => {
    const { clock } = fakeClock();
    expect(() => new PracticeTimer([], clock)).toThrow();
    expect(() => new PracticeTimer([10, 0], clock)).toThrow();
  });
});
