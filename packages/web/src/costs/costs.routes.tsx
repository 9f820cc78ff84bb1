import { Route } from "react-router";
import { lazyPage } from "../ui/lazy-page";

const SpendPage = lazyPage(() => import("./spend-page"), "SpendPage");
const PackagesPage = lazyPage(() => import("./packages-page"), "PackagesPage");
const ClaimsPage = lazyPage(() => import("./claims-page"), "ClaimsPage");
const ForecastPage = lazyPage(() => import("./forecast-page"), "ForecastPage");
const EstimatesPage = lazyPage(() => import("./estimates-page"), "EstimatesPage");

export const costsRoutes = (
  <>
    <Route path="costs" element={<SpendPage />} />
    <Route path="costs/packages" element={<PackagesPage />} />
    <Route path="costs/claims" element={<ClaimsPage />} />
    <Route path="costs/forecast" element={<ForecastPage />} />
    <Route path="costs/estimates" element={<EstimatesPage />} />
  </>
);
