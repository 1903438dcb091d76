import { ButtonLink } from "../ui/button";
import { EmptyState } from "../ui/empty-state";
import { PageHeader } from "../ui/page-header";

export function NotFoundPage({ what = "page" }: { what?: string }) {
  return (
    <>
      <PageHeader title={`This ${what} does not exist`} />
      <EmptyState
        title="Nothing is here."
        action={
          <ButtonLink to="/" variant="primary">
            Go to the start page
          </ButtonLink>
        }
      >
        <p>The link may be old, or the address mistyped. If you followed a link inside Worklane, please tell us.</p>
      </EmptyState>
    </>
  );
}
