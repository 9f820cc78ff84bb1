import { lazy, type ComponentType } from "react";

/**
 * A page loaded on first visit, so an area's code stays out of the first download:
 * `lazyPage(() => import("./diary-page"), "DiaryPage")`. The app shell shows a polite "Loading…"
 * (a Suspense boundary) while it arrives.
 */
export function lazyPage<Module>(load: () => Promise<Module>, name: keyof Module): ComponentType {
  return lazy(async () => ({ default: (await load())[name] as ComponentType }));
}
