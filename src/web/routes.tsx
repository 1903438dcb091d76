import { createBrowserRouter, type RouteObject } from "react-router";
import { LandingPage } from "./accounts/landing-page";
import { AppLayout } from "./shell/app-layout";
import { NotFoundPage } from "./shell/not-found-page";
import { PublicOnly } from "./shell/public-only";
import { RequireSession } from "./shell/require-session";
import { RouteErrorPage } from "./shell/route-error-page";
import { Loading } from "./ui/loading";

/**
 * Every page of the web app. The landing page loads with the bundle; every other page is fetched on its first
 * visit (`lazy`), which keeps the first download small. Paths mirror the API's nouns where there is one.
 */
const pages: RouteObject[] = [
  { index: true, element: <LandingPage /> },
  {
    element: <PublicOnly />,
    children: [
      { path: "signup", lazy: () => import("./accounts/sign-up-page").then((m) => ({ Component: m.SignUpPage })) },
      { path: "login", lazy: () => import("./accounts/log-in-page").then((m) => ({ Component: m.LogInPage })) },
    ],
  },
  {
    path: "forgot-password",
    lazy: () => import("./accounts/forgot-password-page").then((m) => ({ Component: m.ForgotPasswordPage })),
  },
  {
    path: "reset-password",
    lazy: () => import("./accounts/reset-password-page").then((m) => ({ Component: m.ResetPasswordPage })),
  },
  {
    path: "verify-email",
    lazy: () => import("./accounts/verify-email-page").then((m) => ({ Component: m.VerifyEmailPage })),
  },
  {
    path: "invitations/accept",
    lazy: () => import("./accounts/accept-invitation-page").then((m) => ({ Component: m.AcceptInvitationPage })),
  },
  { path: "policies", lazy: () => import("./policies/policies-page").then((m) => ({ Component: m.PoliciesPage })) },
  { path: "policies/:kind", lazy: () => import("./policies/policy-page").then((m) => ({ Component: m.PolicyPage })) },
  { path: "companies/:id", lazy: () => import("./companies/company-page").then((m) => ({ Component: m.CompanyPage })) },
  { path: "workers/:id", lazy: () => import("./workers/worker-page").then((m) => ({ Component: m.WorkerPage })) },
  {
    element: <RequireSession />,
    children: [
      { path: "home", lazy: () => import("./accounts/home-page").then((m) => ({ Component: m.HomePage })) },
      {
        path: "settings",
        lazy: () => import("./accounts/account-settings-page").then((m) => ({ Component: m.AccountSettingsPage })),
      },
      {
        path: "settings/api-keys",
        lazy: () => import("./accounts/api-keys-page").then((m) => ({ Component: m.ApiKeysPage })),
      },
      {
        path: "skill-test-attempts/:id",
        lazy: () => import("./talent/attempt-page").then((m) => ({ Component: m.AttemptPage })),
      },
      {
        path: "assignments/:id",
        lazy: () => import("./assignments/assignment-page").then((m) => ({ Component: m.AssignmentPage })),
      },
      {
        path: "settings/notifications",
        lazy: () => import("./notifications/preferences-page").then((m) => ({ Component: m.PreferencesPage })),
      },
      {
        path: "workers/:id/credentials",
        lazy: () => import("./talent/worker-credentials-page").then((m) => ({ Component: m.WorkerCredentialsPage })),
      },
      {
        path: "notifications",
        lazy: () => import("./notifications/notifications-page").then((m) => ({ Component: m.NotificationsPage })),
      },
      {
        path: "companies/:id/scorecard",
        lazy: () => import("./ratings/scorecard-page").then((m) => ({ Component: m.CompanyScorecardPage })),
      },
      {
        path: "companies/:id/scorecard/:figure",
        lazy: () => import("./ratings/drill-down-page").then((m) => ({ Component: m.CompanyDrillDownPage })),
      },
      {
        path: "workers/:id/scorecard",
        lazy: () => import("./ratings/scorecard-page").then((m) => ({ Component: m.WorkerScorecardPage })),
      },
      {
        path: "workers/:id/scorecard/:figure",
        lazy: () => import("./ratings/drill-down-page").then((m) => ({ Component: m.WorkerDrillDownPage })),
      },
      {
        path: "escalations",
        lazy: () => import("./escalations/escalations-page").then((m) => ({ Component: m.EscalationsPage })),
      },
      {
        path: "escalations/:id",
        lazy: () => import("./escalations/escalation-page").then((m) => ({ Component: m.EscalationPage })),
      },
      {
        path: "reports",
        lazy: () => import("./moderation/my-reports-page").then((m) => ({ Component: m.MyReportsPage })),
      },
      {
        path: "sanctions/:id",
        lazy: () => import("./moderation/sanction-page").then((m) => ({ Component: m.SanctionPage })),
      },
      {
        path: "invoices/:id",
        lazy: () => import("./payments/invoice-page").then((m) => ({ Component: m.InvoicePage })),
      },
    ],
  },
  {
    element: <RequireSession accountTypes={["client"]} />,
    children: [
      {
        path: "company/profile",
        lazy: () => import("./companies/company-profile-page").then((m) => ({ Component: m.CompanyProfilePage })),
      },
      {
        path: "company/settings",
        lazy: () => import("./companies/company-settings-page").then((m) => ({ Component: m.CompanySettingsPage })),
      },
      { path: "company/team", lazy: () => import("./accounts/team-page").then((m) => ({ Component: m.TeamPage })) },
      {
        path: "company/webhooks",
        lazy: () => import("./notifications/webhooks-page").then((m) => ({ Component: m.WebhooksPage })),
      },
      { path: "payments", lazy: () => import("./payments/payments-page").then((m) => ({ Component: m.PaymentsPage })) },
      {
        path: "company/talent-pools",
        lazy: () => import("./talent/pools-page").then((m) => ({ Component: m.CompanyPoolsPage })),
      },
      {
        path: "company/talent-pools/:id",
        lazy: () => import("./talent/pool-page").then((m) => ({ Component: m.CompanyPoolPage })),
      },
      {
        path: "company/skill-tests",
        lazy: () => import("./talent/tests-page").then((m) => ({ Component: m.CompanyTestsPage })),
      },
      {
        path: "company/skill-tests/:id",
        lazy: () => import("./talent/test-page").then((m) => ({ Component: m.TestPage })),
      },
      {
        path: "company/agreements",
        lazy: () => import("./talent/agreements-page").then((m) => ({ Component: m.CompanyAgreementsPage })),
      },
      {
        path: "workers/find",
        lazy: () => import("./talent/find-workers-page").then((m) => ({ Component: m.FindWorkersPage })),
      },
      {
        path: "requirement-sets",
        lazy: () => import("./talent/requirement-sets-page").then((m) => ({ Component: m.RequirementSetsPage })),
      },
      {
        path: "assignments",
        lazy: () => import("./assignments/assignments-page").then((m) => ({ Component: m.AssignmentsPage })),
      },
      {
        path: "assignments/import",
        lazy: () =>
          import("./assignments/import-assignments-page").then((m) => ({ Component: m.ImportAssignmentsPage })),
      },
      {
        path: "assignments/new",
        lazy: () => import("./assignments/new-assignment-page").then((m) => ({ Component: m.NewAssignmentPage })),
      },
      {
        path: "assignments/:id/edit",
        lazy: () => import("./assignments/edit-assignment-page").then((m) => ({ Component: m.EditAssignmentPage })),
      },
    ],
  },
  {
    element: <RequireSession accountTypes={["worker"]} />,
    children: [
      {
        path: "profile",
        lazy: () => import("./workers/worker-profile-page").then((m) => ({ Component: m.WorkerProfilePage })),
      },
      {
        path: "talent-pools",
        lazy: () => import("./talent/pools-page").then((m) => ({ Component: m.WorkerPoolsPage })),
      },
      {
        path: "skill-tests",
        lazy: () => import("./talent/tests-page").then((m) => ({ Component: m.MyTestsPage })),
      },
      {
        path: "skill-tests/:id/attempts",
        lazy: () => import("./talent/test-page").then((m) => ({ Component: m.TestPage })),
      },
      {
        path: "agreements",
        lazy: () => import("./talent/agreements-page").then((m) => ({ Component: m.WorkerAgreementsPage })),
      },
      {
        path: "credentials",
        lazy: () => import("./talent/credentials-page").then((m) => ({ Component: m.CredentialsPage })),
      },
      { path: "inbox", lazy: () => import("./assignments/inbox-page").then((m) => ({ Component: m.InboxPage })) },
      { path: "earnings", lazy: () => import("./payments/earnings-page").then((m) => ({ Component: m.EarningsPage })) },
    ],
  },
  {
    element: <RequireSession accountTypes={["staff"]} />,
    children: [
      {
        path: "staff/policies",
        lazy: () => import("./policies/publish-policy-page").then((m) => ({ Component: m.PublishPolicyPage })),
      },
      {
        path: "staff/reports",
        lazy: () => import("./moderation/staff-queue-page").then((m) => ({ Component: m.StaffQueuePage })),
      },
      {
        path: "staff/reports/:id",
        lazy: () => import("./moderation/staff-report-page").then((m) => ({ Component: m.StaffReportPage })),
      },
      {
        path: "staff/payments",
        lazy: () => import("./payments/staff-payments-page").then((m) => ({ Component: m.StaffPaymentsPage })),
      },
      {
        path: "staff/companies",
        lazy: () => import("./companies/staff-companies-page").then((m) => ({ Component: m.StaffCompaniesPage })),
      },
      {
        path: "staff/companies/:id",
        lazy: () => import("./companies/staff-company-page").then((m) => ({ Component: m.StaffCompanyPage })),
      },
    ],
  },
  { path: "*", element: <NotFoundPage /> },
];

export const router = createBrowserRouter([
  {
    element: <AppLayout />,
    errorElement: <RouteErrorPage />,
    hydrateFallbackElement: <Loading />,
    children: [{ errorElement: <RouteErrorPage />, children: pages }],
  },
]);
