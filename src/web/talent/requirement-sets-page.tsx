import { type FormEvent, useState } from "react";
import { SaveRequirementSet } from "#domains/talent/contract";
import { Button } from "../ui/button";
import { Field } from "../ui/field";
import { FormProblem } from "../ui/form-problem";
import { Loading } from "../ui/loading";
import { PageHeader } from "../ui/page-header";
import { ProblemAlert } from "../ui/problem-alert";
import { Section } from "../ui/section";
import { TextInput } from "../ui/text-input";
import { useToast } from "../ui/toast";
import { type FieldErrors, issuesToErrors, problemText, problemToErrors } from "./field-errors";
import { useCreateRequirementSet, useRequirementSets, useTalentPools } from "./queries";
import { type Draft, newDraft, RequirementRow, requirementOf } from "./requirement-row";
import { requirementLabel } from "./requirement-text";

function NewSetForm() {
  const notify = useToast();
  const create = useCreateRequirementSet();
  const pools = useTalentPools();
  const [name, setName] = useState("");
  const [drafts, setDrafts] = useState<Draft[]>([newDraft(1)]);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState<string | null>(null);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const parsed = SaveRequirementSet.safeParse({ name, description: null, requirements: drafts.map(requirementOf) });
    if (!parsed.success) {
      setErrors(issuesToErrors(parsed.error));
      setProblem("Please correct the fields marked below.");
      return;
    }
    setErrors({});
    setProblem(null);
    try {
      const created = await create.mutateAsync(parsed.data);
      notify(`Requirement set "${created.name}" created.`);
      setName("");
      setDrafts([newDraft(Date.now())]);
    } catch (error) {
      setErrors(problemToErrors(error));
      setProblem(problemText(error));
    }
  }

  return (
    <form className="form" onSubmit={(event) => void onSubmit(event)} noValidate aria-label="New requirement set">
      <FormProblem message={problem} />
      <Field label="Name of the set" error={errors.name}>
        {(control) => <TextInput {...control} value={name} onChange={(event) => setName(event.target.value)} />}
      </Field>
      {drafts.map((draft, index) => (
        <RequirementRow
          key={draft.key}
          index={index}
          draft={draft}
          errors={errors}
          pools={pools.data?.items ?? []}
          onChange={(next) => setDrafts(drafts.map((d) => (d.key === draft.key ? next : d)))}
          onRemove={() => setDrafts(drafts.filter((d) => d.key !== draft.key))}
        />
      ))}
      {errors.requirements ? <p className="field__error">{errors.requirements}</p> : null}
      <Button onClick={() => setDrafts([...drafts, newDraft(Date.now())])}>Add a requirement</Button>
      <Button type="submit" variant="primary" isBusy={create.isPending}>
        Create requirement set
      </Button>
    </form>
  );
}

/** /requirement-sets for companies: the named sets attached to assignments, and making a new one. */
export function RequirementSetsPage() {
  const sets = useRequirementSets();
  return (
    <>
      <PageHeader
        eyebrow="Company"
        title="Requirement sets"
        lead="What a worker must meet to accept or apply: each requirement is checked per worker with the reason, and the worker sees the same list."
      />
      <div className="grid grid--sidebar">
        <Section title="Your sets">
          {sets.isPending ? (
            <Loading />
          ) : sets.isError ? (
            <ProblemAlert error={sets.error} onRetry={() => void sets.refetch()} />
          ) : sets.data.items.length === 0 ? (
            <p>No requirement sets yet.</p>
          ) : (
            <ul className="stack">
              {sets.data.items.map((set) => (
                <li key={set.id}>
                  <h3>{set.name}</h3>
                  <ul>
                    {set.requirements.map((r) => (
                      <li key={requirementLabel(r)}>{requirementLabel(r)}</li>
                    ))}
                  </ul>
                </li>
              ))}
            </ul>
          )}
        </Section>
        <Section title="New requirement set">
          <NewSetForm />
        </Section>
      </div>
    </>
  );
}
