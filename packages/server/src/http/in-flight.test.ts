import { describe, expect, it } from "vitest";
import { inFlightHandlers } from "./in-flight.js";

describe("handlers in flight", () => {
  it("drained resolves at once when nothing runs", async () => {
    await expect(inFlightHandlers().drained()).resolves.toBeUndefined();
  });

  it("drained waits for every handler that is running, failed ones too", async () => {
    const handlers = inFlightHandlers();
    const finish: (() => void)[] = [];
    const started = [0, 1].map(() =>
      handlers.track(
        () =>
          new Promise<void>((resolve, reject) => {
            finish.push(
              finish.length === 0
                ? resolve
                : () => {
                    reject(new Error("failed"));
                  },
            );
          }),
      ),
    );
    let isDrained = false;
    const drained = handlers.drained().then(() => {
      isDrained = true;
    });
    finish[0]?.();
    await started[0];
    await new Promise((resolve) => setImmediate(resolve));
    expect(isDrained).toBe(false);
    finish[1]?.();
    await expect(started[1]).rejects.toThrow("failed");
    await drained;
    expect(isDrained).toBe(true);
  });

  it("a handler that throws before its promise is counted out", async () => {
    const handlers = inFlightHandlers();
    expect(() =>
      handlers.track(() => {
        throw new Error("at once");
      }),
    ).toThrow("at once");
    await handlers.drained();
  });
});
