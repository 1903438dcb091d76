import { useNavigate, useParams } from "react-router";
import { ButtonLink } from "../ui/button";
import { Loading } from "../ui/loading";
import { PageHeader } from "../ui/page-header";
import { ProblemAlert } from "../ui/problem-alert";
import { useToast } from "../ui/toast";
import { AssignmentForm } from "./assignment-form";
import { changesOf, valuesOfView } from "./assignment-form-values";
import { useAssignment, useUpdateAssignment } from "./queries";

/** /assignments/:id/edit: the same form; only changed fields travel, with the version they were based on. */
export function EditAssignmentPage() {
  const { id = "" } = useParams();
  const assignment = useAssignment(id);
  const update = useUpdateAssignment(id);
  const navigate = useNavigate();
  const notify = useToast();
  if (assignment.isPending) {
    return <Loading />;
  }
  if (assignment.isError) {
    return <ProblemAlert error={assignment.error} onRetry={() => void assignment.refetch()} />;
  }
  const view = assignment.data;
  const initial = valuesOfView(view);
  // The saved draft's report says whether deliverables are named; the form cannot edit them.
  const deliverableCount = view.completeness?.findings.some((f) => f.code === "deliverables_missing") ? 0 : 1;
  return (
    <>
      <PageHeader
        eyebrow="Edit assignment"
        title={view.title}
        lead={view.assignedWorker ? `${view.assignedWorker.name} is told what you change.` : undefined}
        actions={
          <ButtonLink to={`/assignments/${id}`} size="small">
            Back to the assignment
          </ButtonLink>
        }
      />
      {view.actions.includes("update") ? (
        <AssignmentForm
          key={view.version}
          initial={initial}
          deliverableCount={deliverableCount}
          submitLabel="Save changes"
          save={(values) => update.mutateAsync(changesOf(initial, values, view.version))}
          onSaved={(saved) => {
            notify("Your changes are saved.");
            void navigate(`/assignments/${saved.id}`);
          }}
        />
      ) : (
        <p>This assignment can no longer be edited.</p>
      )}
    </>
  );
}
