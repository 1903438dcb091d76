import { type FormEvent, useState } from "react";
import { CreatePool, type PoolVisibility, poolVisibilities } from "#domains/talent/pools/contract";
import { Button } from "../ui/button";
import { Field } from "../ui/field";
import { FormProblem } from "../ui/form-problem";
import { Select } from "../ui/select";
import { TextInput } from "../ui/text-input";
import { useToast } from "../ui/toast";
import { type FieldErrors, issuesToErrors, problemText, problemToErrors } from "./field-errors";
import { useCreateTalentPool, useRequirementSets } from "./queries";

export const visibilityLabels: Record<PoolVisibility, string> = {
  public: "Public: any worker may apply",
  invitation: "Invitation only",
  private: "Private: invited workers only, hidden from others",
};

/** A new pool: who may join, the set that gates it, joining at once or after approval, the grace period. */
export function PoolForm() {
  const notify = useToast();
  const create = useCreateTalentPool();
  const sets = useRequirementSets();
  const [name, setName] = useState("");
  const [visibility, setVisibility] = useState<PoolVisibility>("public");
  const [setId, setSetId] = useState("");
  const [autoJoin, setAutoJoin] = useState(true);
  const [grace, setGrace] = useState("14");
  const [errors, setErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState<string | null>(null);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const parsed = CreatePool.safeParse({
      name,
      visibility,
      requirementSetId: setId || null,
      autoJoin,
      graceDays: grace.trim() === "" ? Number.NaN : Number(grace),
    });
    if (!parsed.success) {
      setErrors(issuesToErrors(parsed.error));
      setProblem("Please correct the fields marked below.");
      return;
    }
    setErrors({});
    setProblem(null);
    try {
      const pool = await create.mutateAsync(parsed.data);
      notify(`Pool "${pool.name}" created.`);
      setName("");
    } catch (error) {
      setErrors(problemToErrors(error));
      setProblem(problemText(error));
    }
  }

  return (
    <form className="form" onSubmit={(event) => void onSubmit(event)} noValidate aria-label="New talent pool">
      <FormProblem message={problem} />
      <Field label="Pool name" error={errors.name}>
        {(control) => <TextInput {...control} value={name} onChange={(event) => setName(event.target.value)} />}
      </Field>
      <Field label="Who may join" error={errors.visibility}>
        {(control) => (
          <Select
            {...control}
            value={visibility}
            onChange={(event) => setVisibility(event.target.value as PoolVisibility)}
            options={poolVisibilities.map((v) => ({ value: v, label: visibilityLabels[v] }))}
          />
        )}
      </Field>
      <Field label="Requirement set" isOptional error={errors.requirementSetId}>
        {(control) => (
          <Select
            {...control}
            value={setId}
            placeholder="None"
            onChange={(event) => setSetId(event.target.value)}
            options={(sets.data?.items ?? []).map((s) => ({ value: s.id, label: s.name }))}
          />
        )}
      </Field>
      <label className="checkbox">
        <input type="checkbox" checked={autoJoin} onChange={(event) => setAutoJoin(event.target.checked)} /> Applicants
        who meet the set join at once (otherwise they wait for approval)
      </label>
      <Field
        label="Grace period (days)"
        hint="How long a member who stops meeting the set stays."
        error={errors.graceDays}
      >
        {(control) => (
          <TextInput {...control} type="number" value={grace} onChange={(event) => setGrace(event.target.value)} />
        )}
      </Field>
      <Button type="submit" variant="primary" isBusy={create.isPending}>
        Create pool
      </Button>
    </form>
  );
}
