import { Field } from "../ui/field";
import { MoneyInput } from "../ui/money-input";
import { Select } from "../ui/select";
import type { WorkerSearch } from "./matching-queries";
import { useTalentPools } from "./queries";

const credentialOptions = [
  { value: "certification", label: "Certification" },
  { value: "licence", label: "Licence" },
  { value: "insurance", label: "Insurance" },
  { value: "screening", label: "Background or drug screening" },
] as const;

/** The search's narrowing filters: a verified, current credential; one of the company's pools; the hourly rate. */
export function SearchFilterFields({ form, onChange }: { form: WorkerSearch; onChange: (next: WorkerSearch) => void }) {
  const pools = useTalentPools();
  return (
    <>
      <Field
        label="Holds a verified credential"
        hint="Current, and verified by your company or by Worklane."
        isOptional
      >
        {(control) => (
          <Select
            {...control}
            options={credentialOptions}
            placeholder="Any"
            value={form.credentialKind}
            onChange={(event) =>
              onChange({ ...form, credentialKind: event.target.value as WorkerSearch["credentialKind"] })
            }
          />
        )}
      </Field>
      <Field label="Member of your talent pool" isOptional>
        {(control) => (
          <Select
            {...control}
            options={(pools.data?.items ?? []).map((pool) => ({ value: pool.id, label: pool.name }))}
            placeholder="Any"
            value={form.poolId}
            onChange={(event) => onChange({ ...form, poolId: event.target.value })}
          />
        )}
      </Field>
      <Field label="Hourly rate at most" hint="Workers who show no rate are left out." isOptional>
        {(control) => (
          <MoneyInput control={control} value={form.maxRate} onChange={(maxRate) => onChange({ ...form, maxRate })} />
        )}
      </Field>
    </>
  );
}
