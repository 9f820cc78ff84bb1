import { endpoints } from "@painplan/core";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { ApiError } from "./api-error";
import { callApi, saveTimeoutMs } from "./call-api";

const userId = "7f0c6a3e-2f4b-4a59-9c1e-3c0f1f2a4b5d";
const body = { idempotencyKey: "5b3f0e52-7d0b-4c43-9d8f-0e4c2a7b9f10", intensityNow: 6 };

/** A browser's `window` as far as callApi looks: online or not, and the "offline" event. */
function fakeWindow(onLine: boolean) {
  const target = new EventTarget();
  vi.stubGlobal("navigator", { onLine });
  vi.stubGlobal("document", { cookie: "pp_csrf=token" });
  vi.stubGlobal("addEventListener", target.addEventListener.bind(target));
  vi.stubGlobal("removeEventListener", target.removeEventListener.bind(target));
  return { goOffline: () => target.dispatchEvent(new Event("offline")) };
}

/** A fetch that never answers until its signal aborts (a connection that hangs). */
const hangingFetch = vi.fn(
  (_url: string, init?: RequestInit) =>
    new Promise<Response>((_resolve, reject) => {
      init?.signal?.addEventListener("abort", () => {
        reject(new DOMException("The operation was aborted.", "AbortError"));
      });
    }),
);

async function failureOf(promise: Promise<unknown>): Promise<ApiError> {
  const error: unknown = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  if (!(error instanceof ApiError)) throw new Error(`expected an ApiError, got ${String(error)}`);
  return error;
}

const save = () => callApi(endpoints.createPainEntry, { params: { userId }, body });

describe("a save that cannot reach the server says so within seconds", () => {
  beforeEach(() => {
    vi.useFakeTimers();
    hangingFetch.mockClear();
    vi.stubGlobal("fetch", hangingFetch);
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it("offline: fails at once without sending, with a message that the entry is kept", async () => {
    fakeWindow(false);
    const error = await failureOf(save());
    expect(error.code).toBe("offline");
    expect(error.status).toBe(0);
    expect(error.message).toContain("No connection");
    expect(error.message).toContain("kept");
    expect(hangingFetch).not.toHaveBeenCalled();
  });

  it("no answer: gives up after saveTimeoutMs (a few seconds)", async () => {
    fakeWindow(true);
    const failure = failureOf(save());
    await vi.advanceTimersByTimeAsync(saveTimeoutMs);
    const error = await failure;
    expect(saveTimeoutMs).toBeLessThanOrEqual(10_000);
    expect(error.code).toBe("timed_out");
    expect(error.status).toBe(0);
    expect(error.message).toContain("kept");
  });

  it("the connection drops while it waits: fails at once, not after the timeout", async () => {
    const window = fakeWindow(true);
    const failure = failureOf(save());
    await vi.advanceTimersByTimeAsync(100);
    window.goOffline();
    const error = await failure;
    expect(error.code).toBe("offline");
  });

  it("the caller's own abort stays an abort", async () => {
    fakeWindow(true);
    const controller = new AbortController();
    const call = callApi(endpoints.createPainEntry, {
      params: { userId },
      body,
      signal: controller.signal,
    }).catch((caught: unknown) => caught);
    controller.abort();
    expect(await call).toMatchObject({ name: "AbortError" });
  });
});
