import { useNavigate } from "react-router";
import { useMyCompany } from "../companies/queries";
import { Loading } from "../ui/loading";
import { PageHeader } from "../ui/page-header";
import { ProblemAlert } from "../ui/problem-alert";
import { useToast } from "../ui/toast";
import { AssignmentForm } from "./assignment-form";
import { newAssignmentValues } from "./assignment-form-values";
import { useCreateAssignment } from "./queries";
import { StartFromTemplate } from "./start-from-template";

/** /assignments/new: a draft, prefilled from the company's settings; sending comes next, from its page. */
export function NewAssignmentPage() {
  const company = useMyCompany();
  const create = useCreateAssignment();
  const navigate = useNavigate();
  const notify = useToast();
  if (company.isPending) {
    return <Loading />;
  }
  if (company.isError) {
    return <ProblemAlert error={company.error} onRetry={() => void company.refetch()} />;
  }
  return (
    <>
      <PageHeader
        eyebrow={company.data.name}
        title="New assignment"
        lead="Describe the work clearly: the report on the right shows what a worker would miss."
      />
      <StartFromTemplate />
      <AssignmentForm
        initial={newAssignmentValues(company.data)}
        deliverableCount={0}
        submitLabel="Save draft"
        save={(values) => create.mutateAsync(values)}
        onSaved={(view) => {
          notify("The draft is saved. Send it when you are ready.");
          void navigate(`/assignments/${view.id}`);
        }}
      />
    </>
  );
}
