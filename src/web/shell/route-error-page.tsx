import { isRouteErrorResponse, useRouteError } from "react-router";
import { ProblemError } from "../api";
import { ButtonLink } from "../ui/button";
import { PageHeader } from "../ui/page-header";
import { ProblemAlert } from "../ui/problem-alert";
import { NotFoundPage } from "./not-found-page";

/** The error boundary for every route: a crash in one page shows this instead of a blank screen. */
export function RouteErrorPage() {
  const error = useRouteError();
  if (
    (isRouteErrorResponse(error) && error.status === 404) ||
    (error instanceof ProblemError && error.status === 404)
  ) {
    return <NotFoundPage />;
  }
  return (
    <div className="error-page">
      <PageHeader title="Something went wrong" lead="This page could not be shown. Your data is safe." />
      <ProblemAlert error={error instanceof ProblemError ? error : null} />
      <p>
        <ButtonLink to="/" variant="primary" reloadDocument>
          Reload Worklane
        </ButtonLink>
      </p>
    </div>
  );
}
