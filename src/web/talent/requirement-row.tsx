import { industries } from "#domains/companies/contract";
import { requirementTypes } from "#domains/talent/contract";
import { Button } from "../ui/button";
import { Field } from "../ui/field";
import { Select } from "../ui/select";
import { TextInput } from "../ui/text-input";
import { ReferenceFields } from "./reference-fields";

export type RequirementType = (typeof requirementTypes)[number];

/** One requirement being typed: every input as text, turned into the contract's shape by `requirementOf`. */
export interface Draft {
  key: number;
  type: RequirementType;
  name: string;
  region: string;
  amount: string;
  screening: "background" | "drug";
  months: string;
  industry: string;
  skill: string;
  country: string;
  miles: string;
  testId: string;
  minScore: string;
  agreementId: string;
  poolId: string;
  percent: string;
  max: string;
}

export const typeLabels: Record<RequirementType, string> = {
  certification: "Certification",
  licence: "Licence",
  insurance: "Insurance",
  screening: "Screening",
  industry: "Industry",
  skill: "Skill",
  country: "Country",
  distance: "Distance from the work",
  test: "Skill test passed",
  agreement: "Agreement signed",
  pool: "Talent pool membership",
  min_satisfaction: "Minimum client satisfaction",
  min_on_time_arrival: "Minimum on-time arrival",
  max_abandons: "Maximum abandons and no-shows",
};

export const newDraft = (key: number): Draft => ({
  key,
  type: "licence",
  name: "",
  region: "",
  amount: "",
  screening: "background",
  months: "12",
  industry: industries[0],
  skill: "",
  country: "US",
  miles: "60",
  testId: "",
  minScore: "80",
  agreementId: "",
  poolId: "",
  percent: "90",
  max: "0",
});

const number = (text: string) => (text.trim() === "" ? Number.NaN : Number(text));

export function requirementOf(d: Draft): unknown {
  switch (d.type) {
    case "certification":
      return { type: d.type, name: d.name };
    case "licence":
      return { type: d.type, name: d.name, region: d.region.trim() === "" ? null : d.region };
    case "insurance":
      return {
        type: d.type,
        name: d.name.trim() === "" ? null : d.name,
        minCoverage: { amount: Math.round(number(d.amount) * 100), currency: "USD" },
      };
    case "screening":
      return { type: d.type, screening: d.screening, withinMonths: number(d.months) };
    case "industry":
      return { type: d.type, industry: d.industry };
    case "skill":
      return { type: d.type, skill: d.skill };
    case "country":
      return { type: d.type, country: d.country };
    case "distance":
      return { type: d.type, maxMiles: number(d.miles) };
    case "test":
      return { type: d.type, testId: d.testId, minScore: number(d.minScore) };
    case "agreement":
      return { type: d.type, agreementId: d.agreementId };
    case "pool":
      return { type: d.type, poolId: d.poolId };
    case "min_satisfaction":
    case "min_on_time_arrival":
      return { type: d.type, minPercent: number(d.percent) };
    case "max_abandons":
      return { type: d.type, max: number(d.max) };
    default:
      return { type: d.type };
  }
}

export interface RowProps {
  index: number;
  draft: Draft;
  errors: Record<string, string>;
  onChange: (draft: Draft) => void;
  onRemove: () => void;
  /** The company's pools, for a pool requirement. */
  pools?: readonly { id: string; name: string }[];
}

/** The inputs of one requirement, by type; errors come keyed by `requirements.<index>.<field>`. */
export function RequirementRow({ index, draft, errors, onChange, onRemove, pools = [] }: RowProps) {
  const at = (field: string) => errors[`requirements.${index}.${field}`];
  const n = index + 1;
  const text = (
    key: keyof Draft,
    label: string,
    error?: string,
    options: { optional?: boolean; type?: string } = {},
  ) => (
    <Field label={`${label} (requirement ${n})`} error={error} isOptional={options.optional}>
      {(control) => (
        <TextInput
          {...control}
          type={options.type ?? "text"}
          value={String(draft[key])}
          onChange={(event) => onChange({ ...draft, [key]: event.target.value })}
        />
      )}
    </Field>
  );
  return (
    <fieldset className="fieldset">
      <legend>Requirement {n}</legend>
      <Field label={`Type (requirement ${n})`} error={at("type")}>
        {(control) => (
          <Select
            {...control}
            value={draft.type}
            onChange={(event) => onChange({ ...draft, type: event.target.value as RequirementType })}
            options={requirementTypes.map((t) => ({ value: t, label: typeLabels[t] }))}
          />
        )}
      </Field>
      {draft.type === "certification" || draft.type === "licence" ? text("name", "Name", at("name")) : null}
      {draft.type === "insurance" ? text("name", "Type of cover", at("name"), { optional: true }) : null}
      {draft.type === "licence" ? text("region", "Region", at("region"), { optional: true }) : null}
      {draft.type === "insurance"
        ? text("amount", "Minimum coverage (USD)", at("minCoverage.amount"), { type: "number" })
        : null}
      {draft.type === "screening" ? (
        <Field label={`Screening (requirement ${n})`}>
          {(control) => (
            <Select
              {...control}
              value={draft.screening}
              onChange={(event) => onChange({ ...draft, screening: event.target.value as Draft["screening"] })}
              options={[
                { value: "background", label: "Background check" },
                { value: "drug", label: "Drug test" },
              ]}
            />
          )}
        </Field>
      ) : null}
      {draft.type === "screening" ? text("months", "Within months", at("withinMonths"), { type: "number" }) : null}
      {draft.type === "industry" ? (
        <Field label={`Industry (requirement ${n})`}>
          {(control) => (
            <Select
              {...control}
              value={draft.industry}
              onChange={(event) => onChange({ ...draft, industry: event.target.value })}
              options={industries.map((i) => ({ value: i, label: i }))}
            />
          )}
        </Field>
      ) : null}
      {draft.type === "skill" ? text("skill", "Skill", at("skill")) : null}
      {draft.type === "country" ? text("country", "Country", at("country")) : null}
      {draft.type === "distance" ? text("miles", "Within miles", at("maxMiles"), { type: "number" }) : null}
      <ReferenceFields index={index} draft={draft} errors={errors} onChange={onChange} />
      {draft.type === "pool" ? (
        <Field label={`Pool (requirement ${n})`} error={at("poolId")}>
          {(control) => (
            <Select
              {...control}
              value={draft.poolId}
              onChange={(event) => onChange({ ...draft, poolId: event.target.value })}
              options={[{ value: "", label: "Choose a pool" }, ...pools.map((p) => ({ value: p.id, label: p.name }))]}
            />
          )}
        </Field>
      ) : null}
      {draft.type === "min_satisfaction" || draft.type === "min_on_time_arrival"
        ? text("percent", "At least (%)", at("minPercent"), { type: "number" })
        : null}
      {draft.type === "max_abandons" ? text("max", "At most", at("max"), { type: "number" }) : null}
      <Button size="small" variant="ghost" onClick={onRemove}>
        Remove requirement {n}
      </Button>
    </fieldset>
  );
}
