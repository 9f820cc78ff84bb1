import { Route } from "react-router";
import { lazyPage } from "../ui/lazy-page";

const NeuropathicPainPage = lazyPage(
  () => import("./neuropathic-pain-page"),
  "NeuropathicPainPage",
);

/** Education pages: open to everyone, signed in or not. */
export const learnRoutes = (
  <Route path="learn/neuropathic-pain" element={<NeuropathicPainPage />} />
);
