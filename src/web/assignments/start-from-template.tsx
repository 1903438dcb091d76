import { useState } from "react";
import { useNavigate } from "react-router";
import { Button, ButtonLink } from "../ui/button";
import { Field } from "../ui/field";
import { FormProblem } from "../ui/form-problem";
import { Loading } from "../ui/loading";
import { ProblemAlert } from "../ui/problem-alert";
import { Section } from "../ui/section";
import { Select } from "../ui/select";
import { useToast } from "../ui/toast";
import { useCreateFromTemplate, useTemplates } from "./templates-queries";
import { useDialogAction } from "./use-dialog-action";

/** A new draft from a saved template (terms and deliverables), then dated on its edit page; or many from a CSV file. */
export function StartFromTemplate() {
  const templates = useTemplates();
  const create = useCreateFromTemplate();
  const navigate = useNavigate();
  const notify = useToast();
  const [templateId, setTemplateId] = useState("");
  const action = useDialogAction(() => undefined);
  const items = templates.data?.items ?? [];

  const start = () =>
    void action.run(async () => {
      const draft = await create.mutateAsync({ templateId });
      notify("A draft was made from the template: give it its dates.");
      await navigate(`/assignments/${draft.id}/edit`);
    });

  return (
    <Section
      title="Start from a template"
      description="Saved assignments keep their terms and deliverables; you add the dates."
      actions={
        <ButtonLink to="/assignments/import" size="small">
          Import many from CSV
        </ButtonLink>
      }
    >
      <FormProblem message={action.problem} />
      {templates.isPending ? <Loading label="Loading templates…" /> : null}
      {templates.isError ? <ProblemAlert error={templates.error} /> : null}
      {templates.isSuccess && items.length === 0 ? (
        <p className="muted">No templates yet: save any assignment as a template from its page.</p>
      ) : null}
      {items.length > 0 ? (
        <div className="search-form">
          <Field label="Template">
            {(control) => (
              <Select
                {...control}
                placeholder="Choose a template…"
                options={items.map((item) => ({ value: item.id, label: `${item.name} (${item.title})` }))}
                value={templateId}
                onChange={(e) => setTemplateId(e.target.value)}
              />
            )}
          </Field>
          <Button variant="primary" disabled={!templateId} isBusy={action.isBusy} onClick={start}>
            Create draft from template
          </Button>
        </div>
      ) : null}
    </Section>
  );
}
