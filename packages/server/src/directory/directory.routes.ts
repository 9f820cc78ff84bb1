import { endpoints } from "@painplan/core";
import type { RouteRegistrar } from "../http/route-registrar.js";
import { notFound } from "../errors/api-error.js";
import type { DirectorySearchService } from "./directory-search.service.js";
import type { DirectoryService } from "./directory.service.js";

export function directoryRoutes(
  route: RouteRegistrar,
  directory: DirectoryService,
  search: DirectorySearchService,
): void {
  route(endpoints.searchDirectory, ({ owner, query }) => search.search(owner.userId, query));
  route(endpoints.comparePractitioners, async ({ owner, query }) => {
    const result = await search.compare(owner.userId, query);
    if (result === undefined) throw notFound("A practitioner to compare");
    return result;
  });
  route(endpoints.listSavedPractitioners, ({ owner }) => directory.saved(owner.userId));
  route(endpoints.savePractitioner, ({ owner, params }) =>
    directory.save(owner.userId, params.practitionerId),
  );
  route(endpoints.unsavePractitioner, ({ owner, params }) =>
    directory.unsave(owner.userId, params.practitionerId),
  );
  route(endpoints.getDirectoryQuestions, ({ owner }) => directory.questions(owner.userId));
  route(endpoints.setDirectoryQuestions, ({ owner, body }) =>
    directory.setQuestions(owner.userId, body.items),
  );
  route(endpoints.getPractitionerProfile, ({ params }) => directory.profile(params.practitionerId));
  route(endpoints.getMyPractitionerProfile, ({ reader }) => directory.myProfile(reader));
  route(endpoints.setMyPractitionerProfile, ({ reader, body }) =>
    directory.setMyProfile(reader, body),
  );
  route(endpoints.confirmMyAccepting, ({ reader, body }) =>
    directory.confirmAccepting(reader, body.isAcceptingNewClients),
  );
  route(endpoints.listVerificationQueue, ({ query }) => directory.queue(query));
  route(endpoints.verifyPractitioner, ({ reader, params, body }) =>
    directory.verify(reader, params.practitionerId, body),
  );
  route(endpoints.listPractitionerVerifications, ({ params }) =>
    directory.history(params.practitionerId),
  );
}
