import {
  endpoints,
  findTherapy,
  searchTherapies,
  sourcesCitedBy,
  therapyCatalog,
  toTherapySummary,
} from "@painplan/core";
import { ApiError } from "../errors/api-error.js";
import type { RouteRegistrar } from "../http/route-registrar.js";

/**
 * The therapy library: public, read-only, the same for everyone. It lives in core as data, so
 * there is no repository; which therapies suit a person is decided in the web app from the
 * safety rules, and nothing personal is read or written here.
 */
export function therapiesRoutes(route: RouteRegistrar): void {
  route(endpoints.listTherapies, ({ query }) =>
    Promise.resolve({
      therapies: searchTherapies(therapyCatalog, { kind: query.kind, text: query.q }).map(
        toTherapySummary,
      ),
    }),
  );

  route(endpoints.getTherapy, ({ params }) => {
    const therapy = findTherapy(params.therapyId);
    if (therapy === undefined) {
      throw new ApiError("not_found", "There is no therapy with this id in the library.");
    }
    return Promise.resolve({ therapy, sources: sourcesCitedBy(therapy) });
  });
}
