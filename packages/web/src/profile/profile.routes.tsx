import { Route } from "react-router";
import { lazyPage } from "../ui/lazy-page";

const PainProfilePage = lazyPage(() => import("./pain-profile-page"), "PainProfilePage");

export const profileRoutes = <Route path="profile" element={<PainProfilePage />} />;
