import { Field } from "../ui/field";
import { Select } from "../ui/select";
import { TextInput } from "../ui/text-input";
import { useAgreements } from "./agreements-queries";
import type { RowProps } from "./requirement-row";
import { useSkillTests } from "./tests-queries";

/** The inputs of the two requirement types that name the company's own records: a skill test and an agreement. */
export function ReferenceFields({ index, draft, errors, onChange }: Omit<RowProps, "onRemove">) {
  const tests = useSkillTests();
  const agreements = useAgreements();
  const n = index + 1;
  const at = (field: string) => errors[`requirements.${index}.${field}`];
  if (draft.type === "test") {
    return (
      <>
        <Field label={`Test (requirement ${n})`} error={at("testId")}>
          {(control) => (
            <Select
              {...control}
              value={draft.testId}
              placeholder="Choose a test"
              onChange={(event) => onChange({ ...draft, testId: event.target.value })}
              options={(tests.data?.items ?? []).map((t) => ({ value: t.id, label: t.title }))}
            />
          )}
        </Field>
        <Field label={`Minimum score % (requirement ${n})`} error={at("minScore")}>
          {(control) => (
            <TextInput
              {...control}
              type="number"
              value={draft.minScore}
              onChange={(event) => onChange({ ...draft, minScore: event.target.value })}
            />
          )}
        </Field>
      </>
    );
  }
  if (draft.type === "agreement") {
    return (
      <Field label={`Agreement (requirement ${n})`} error={at("agreementId")}>
        {(control) => (
          <Select
            {...control}
            value={draft.agreementId}
            placeholder="Choose an agreement"
            onChange={(event) => onChange({ ...draft, agreementId: event.target.value })}
            options={(agreements.data?.items ?? []).map((a) => ({ value: a.id, label: a.title }))}
          />
        )}
      </Field>
    );
  }
  return null;
}
