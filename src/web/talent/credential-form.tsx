import { type FormEvent, useState } from "react";
import { AddCredential, type CredentialKind, credentialKinds, screeningTypes } from "#domains/talent/contract";
import { Button } from "../ui/button";
import { Field } from "../ui/field";
import { FormProblem } from "../ui/form-problem";
import { Select } from "../ui/select";
import { TextInput } from "../ui/text-input";
import { useToast } from "../ui/toast";
import { type FieldErrors, issuesToErrors, problemText, problemToErrors } from "./field-errors";
import { useAddCredential } from "./queries";

export const kindLabels: Record<CredentialKind, string> = {
  certification: "Certification",
  licence: "Licence",
  insurance: "Insurance",
  screening: "Screening",
};

const empty = {
  name: "",
  number: "",
  region: "",
  country: "US",
  coverage: "",
  issuer: "",
  performedOn: "",
  expiresOn: "",
};
type Values = typeof empty;

const orNull = (text: string) => (text.trim() === "" ? null : text);

/** The request body for the chosen kind; the contract checks it (and the server again). */
function bodyOf(kind: CredentialKind, v: Values): unknown {
  switch (kind) {
    case "certification":
      return { kind, name: v.name, number: orNull(v.number), issuer: orNull(v.issuer), expiresOn: orNull(v.expiresOn) };
    case "licence":
      return { kind, name: v.name, number: v.number, region: v.region, country: v.country, expiresOn: v.expiresOn };
    case "insurance": {
      const dollars = Number(v.coverage);
      const amount = v.coverage.trim() === "" || Number.isNaN(dollars) ? Number.NaN : Math.round(dollars * 100);
      return {
        kind,
        name: v.name,
        coverage: { amount, currency: "USD" },
        issuer: orNull(v.issuer),
        expiresOn: v.expiresOn,
      };
    }
    case "screening":
      return { kind, name: v.name || "background", performedOn: v.performedOn, issuer: v.issuer };
  }
}

/** Adds a certification, licence, insurance or screening; the document is uploaded from the list afterwards. */
export function CredentialForm() {
  const notify = useToast();
  const add = useAddCredential();
  const [kind, setKind] = useState<CredentialKind>("licence");
  const [values, setValues] = useState<Values>(empty);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState<string | null>(null);
  const set = (key: keyof Values) => (event: { target: { value: string } }) =>
    setValues((current) => ({ ...current, [key]: event.target.value }));

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setProblem(null);
    const parsed = AddCredential.safeParse(bodyOf(kind, values));
    if (!parsed.success) {
      setErrors(issuesToErrors(parsed.error));
      setProblem("Please correct the fields marked below.");
      return;
    }
    setErrors({});
    try {
      const added = await add.mutateAsync(parsed.data);
      notify(`${kindLabels[added.kind]} "${added.name}" added. Upload its document so it can be verified.`);
      setValues(empty);
    } catch (error) {
      setErrors(problemToErrors(error));
      setProblem(problemText(error));
    }
  }

  const text = (
    key: keyof Values,
    label: string,
    options: { optional?: boolean; type?: string; hint?: string } = {},
  ) => (
    <Field
      label={label}
      error={errors[key === "coverage" ? "coverage.amount" : key]}
      isOptional={options.optional}
      hint={options.hint}
    >
      {(control) => <TextInput {...control} type={options.type ?? "text"} value={values[key]} onChange={set(key)} />}
    </Field>
  );

  return (
    <form className="form" onSubmit={(event) => void onSubmit(event)} noValidate aria-label="Add a credential">
      <FormProblem message={problem} />
      <Field label="Kind">
        {(control) => (
          <Select
            {...control}
            value={kind}
            onChange={(event) => {
              setKind(event.target.value as CredentialKind);
              setErrors({});
            }}
            options={credentialKinds.map((k) => ({ value: k, label: kindLabels[k] }))}
          />
        )}
      </Field>
      {kind === "screening" ? (
        <Field label="Screening" error={errors.name}>
          {(control) => (
            <Select
              {...control}
              value={values.name || "background"}
              onChange={set("name")}
              options={screeningTypes.map((s) => ({
                value: s,
                label: s === "drug" ? "Drug test" : "Background check",
              }))}
            />
          )}
        </Field>
      ) : (
        text("name", kind === "insurance" ? "Type of cover" : kind === "licence" ? "Trade" : "Name", {
          hint:
            kind === "licence"
              ? "For example Electrician."
              : kind === "insurance"
                ? "For example General liability."
                : undefined,
        })
      )}
      {kind === "certification" || kind === "licence"
        ? text("number", "Number", { optional: kind === "certification" })
        : null}
      {kind === "licence" ? text("region", "Issuing region", { hint: "The state or province, for example TX." }) : null}
      {kind === "licence" ? text("country", "Country", { hint: "Two letters, for example US." }) : null}
      {kind === "insurance"
        ? text("coverage", "Coverage (USD)", { type: "number", hint: "The amount covered per claim." })
        : null}
      {kind === "screening" ? text("performedOn", "Date done", { type: "date" }) : null}
      {text("issuer", kind === "screening" ? "Provider" : "Issuer", { optional: kind !== "screening" })}
      {kind !== "screening"
        ? text("expiresOn", "Expires on", { type: "date", optional: kind === "certification" })
        : null}
      <Button type="submit" variant="primary" isBusy={add.isPending}>
        Add credential
      </Button>
    </form>
  );
}
