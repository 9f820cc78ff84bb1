import { Route } from "react-router";
import { lazyPage } from "../ui/lazy-page";

const CareTeamPage = lazyPage(() => import("./care-team-page"), "CareTeamPage");
const InvitePage = lazyPage(() => import("./care-team-page"), "InvitePage");
const AccessLogPage = lazyPage(() => import("./access-log-page"), "AccessLogPage");
const AcceptInvitationPage = lazyPage(
  () => import("./accept-invitation-page"),
  "AcceptInvitationPage",
);
const ClientsPage = lazyPage(() => import("./clients-page"), "ClientsPage");
const ClientPage = lazyPage(() => import("./client-page"), "ClientPage");

export const careTeamRoutes = (
  <>
    <Route path="care-team" element={<CareTeamPage />} />
    <Route path="care-team/invite" element={<InvitePage />} />
    <Route path="care-team/access-log" element={<AccessLogPage />} />
    <Route path="care-team/accept" element={<AcceptInvitationPage />} />
    <Route path="care-team/clients" element={<ClientsPage />} />
    <Route path="care-team/clients/:userId" element={<ClientPage />} />
  </>
);
