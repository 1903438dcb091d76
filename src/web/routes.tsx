import { createBrowserRouter, type RouteObject } from "react-router";
import { AcceptInvitationPage } from "./accounts/accept-invitation-page";
import { AccountSettingsPage } from "./accounts/account-settings-page";
import { ApiKeysPage } from "./accounts/api-keys-page";
import { ForgotPasswordPage } from "./accounts/forgot-password-page";
import { HomePage } from "./accounts/home-page";
import { LandingPage } from "./accounts/landing-page";
import { LogInPage } from "./accounts/log-in-page";
import { ResetPasswordPage } from "./accounts/reset-password-page";
import { SignUpPage } from "./accounts/sign-up-page";
import { TeamPage } from "./accounts/team-page";
import { CompanyPage } from "./companies/company-page";
import { CompanyProfilePage } from "./companies/company-profile-page";
import { CompanySettingsPage } from "./companies/company-settings-page";
import { PoliciesPage } from "./policies/policies-page";
import { PolicyPage } from "./policies/policy-page";
import { PublishPolicyPage } from "./policies/publish-policy-page";
import { AppLayout } from "./shell/app-layout";
import { NotFoundPage } from "./shell/not-found-page";
import { PublicOnly } from "./shell/public-only";
import { RequireSession } from "./shell/require-session";
import { RouteErrorPage } from "./shell/route-error-page";
import { WorkerPage } from "./workers/worker-page";
import { WorkerProfilePage } from "./workers/worker-profile-page";

/** Every page of the web app. Paths mirror the API's nouns where there is one (/companies/:id ↔ /api/v1/companies/:id). */
const pages: RouteObject[] = [
  { index: true, element: <LandingPage /> },
  {
    element: <PublicOnly />,
    children: [
      { path: "signup", element: <SignUpPage /> },
      { path: "login", element: <LogInPage /> },
    ],
  },
  { path: "forgot-password", element: <ForgotPasswordPage /> },
  { path: "reset-password", element: <ResetPasswordPage /> },
  { path: "invitations/accept", element: <AcceptInvitationPage /> },
  { path: "policies", element: <PoliciesPage /> },
  { path: "policies/:kind", element: <PolicyPage /> },
  { path: "companies/:id", element: <CompanyPage /> },
  { path: "workers/:id", element: <WorkerPage /> },
  {
    element: <RequireSession />,
    children: [
      { path: "home", element: <HomePage /> },
      { path: "settings", element: <AccountSettingsPage /> },
      { path: "settings/api-keys", element: <ApiKeysPage /> },
    ],
  },
  {
    element: <RequireSession accountTypes={["client"]} />,
    children: [
      { path: "company/profile", element: <CompanyProfilePage /> },
      { path: "company/settings", element: <CompanySettingsPage /> },
      { path: "company/team", element: <TeamPage /> },
    ],
  },
  {
    element: <RequireSession accountTypes={["staff"]} />,
    children: [{ path: "staff/policies", element: <PublishPolicyPage /> }],
  },
  {
    element: <RequireSession accountTypes={["worker"]} />,
    children: [{ path: "profile", element: <WorkerProfilePage /> }],
  },
  { path: "*", element: <NotFoundPage /> },
];

export const router = createBrowserRouter([
  {
    element: <AppLayout />,
    errorElement: <RouteErrorPage />,
    children: [{ errorElement: <RouteErrorPage />, children: pages }],
  },
]);
