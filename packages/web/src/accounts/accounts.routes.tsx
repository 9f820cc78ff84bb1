import { Route } from "react-router";
import { lazyPage } from "../ui/lazy-page";

const SignInPage = lazyPage(() => import("./sign-in-page"), "SignInPage");
const RegisterPage = lazyPage(() => import("./register-page"), "RegisterPage");
const ForgotPasswordPage = lazyPage(() => import("./forgot-password-page"), "ForgotPasswordPage");
const ResetPasswordPage = lazyPage(() => import("./reset-password-page"), "ResetPasswordPage");
const SettingsPage = lazyPage(() => import("./settings-page"), "SettingsPage");

/** Pages for people who are not signed in. */
export const signedOutAccountRoutes = (
  <>
    <Route path="sign-in" element={<SignInPage />} />
    <Route path="register" element={<RegisterPage />} />
    <Route path="forgot-password" element={<ForgotPasswordPage />} />
    <Route path="reset-password" element={<ResetPasswordPage />} />
  </>
);

/** The signed-in person's own account settings. */
export const accountRoutes = <Route path="settings" element={<SettingsPage />} />;
