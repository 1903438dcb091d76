import { useState } from "react";
import { isProblem } from "../api";
import { Button } from "../ui/button";
import { Loading } from "../ui/loading";
import { ProblemAlert } from "../ui/problem-alert";
import { Section } from "../ui/section";
import { ChecklistItem } from "./checklist-item";
import { CustomFieldRow } from "./custom-field-row";
import { DeliverablesEditor } from "./deliverables-editor";
import { useDeliverables } from "./deliverables-queries";
import { EarlierWork, RequirementItem } from "./requirement-item";

/** What the worker must hand in, the checklist and the custom fields: defined by the client, handed in by the worker. */
export function DeliverablesSection({ assignmentId }: { assignmentId: string }) {
  const deliverables = useDeliverables(assignmentId);
  const [isEditing, setIsEditing] = useState(false);
  if (deliverables.isPending) {
    return <Loading label="Loading the deliverables…" />;
  }
  if (deliverables.isError) {
    return isProblem(deliverables.error, "not_found") ? null : <ProblemAlert error={deliverables.error} />;
  }
  const view = deliverables.data;
  const isEmpty = view.requirements.length + view.checklist.length + view.fields.length === 0;
  if (isEmpty && !view.canDefine) {
    return null;
  }
  return (
    <Section
      title="Deliverables"
      description={view.canHandIn ? "Hand these in before you submit." : "What the worker hands in."}
      actions={
        view.canDefine && !isEditing ? (
          <Button size="small" onClick={() => setIsEditing(true)}>
            {isEmpty ? "Name deliverables" : "Edit deliverables"}
          </Button>
        ) : null
      }
    >
      {isEditing ? (
        <DeliverablesEditor assignmentId={assignmentId} view={view} onDone={() => setIsEditing(false)} />
      ) : null}
      {!isEditing && isEmpty ? <p className="muted">Nothing named yet: photos, a signature, a report…</p> : null}
      {!isEditing && view.requirements.length > 0 ? (
        <ul className="link-list" aria-label="To hand in">
          {view.requirements.map((requirement) => (
            <RequirementItem
              key={requirement.id}
              assignmentId={assignmentId}
              requirement={requirement}
              canHandIn={view.canHandIn}
            />
          ))}
        </ul>
      ) : null}
      {!isEditing && view.checklist.length > 0 ? (
        <fieldset className="checkbox-fieldset">
          <legend className="subheading">Checklist</legend>
          {view.checklist.map((item) => (
            <ChecklistItem key={item.id} assignmentId={assignmentId} item={item} canTick={view.canHandIn} />
          ))}
        </fieldset>
      ) : null}
      {!isEditing && view.fields.length > 0 ? (
        <>
          <h3 className="subheading">Details to fill in</h3>
          <div className="form">
            {view.fields
              .filter((field) => field.canFill)
              .map((field) => (
                <CustomFieldRow key={field.id} assignmentId={assignmentId} field={field} />
              ))}
          </div>
          <dl className="facts">
            {view.fields
              .filter((field) => !field.canFill)
              .map((field) => (
                <CustomFieldRow key={field.id} assignmentId={assignmentId} field={field} />
              ))}
          </dl>
        </>
      ) : null}
      {!isEditing && view.missing.length > 0 && view.canHandIn ? (
        <div className="callout" role="note">
          <p className="callout__title">Still missing before you can submit</p>
          <ul>
            {view.missing.map((item) => (
              <li key={`${item.part}-${item.id}`}>{item.message}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {isEditing ? null : <EarlierWork view={view} />}
    </Section>
  );
}
