import { Controller } from "react-hook-form";
import { type Pricing, pricingTypes } from "#domains/assignments/contract";
import { type Currency, currencies } from "#shared/money";
import { Field } from "../ui/field";
import { MoneyInput } from "../ui/money-input";
import { Select } from "../ui/select";
import { TextInput } from "../ui/text-input";
import { type AssignmentFormApi, defaultPricing } from "./assignment-form-values";
import { pricingTypeText } from "./assignment-text";

const typeOptions = pricingTypes.map((type) => ({ value: type, label: pricingTypeText[type] }));
const currencyOptions = (Object.keys(currencies) as Currency[]).map((code) => ({ value: code, label: code }));
const asNumber = (value: unknown) => (value === "" || value === null ? Number.NaN : Number(value));

type MoneyKey = "pricing.amount" | "pricing.rate";
type QuantityKey = "pricing.maxHours" | "pricing.maxUnits" | "pricing.flatHours";
type PricingErrors = Partial<
  Record<"amount" | "rate" | "maxHours" | "maxUnits" | "flatHours" | "unitName", { message?: string }>
>;

/** Flat, hourly, per unit or blended; amounts typed in major units and kept as integer minor units. */
export function PricingFields({ form }: { form: AssignmentFormApi }) {
  const { errors } = form.formState;
  const pricing = form.watch("pricing") as Pricing;
  const currency = form.watch("currency") ?? "USD";
  const pricingErrors = (errors.pricing ?? {}) as PricingErrors;

  const money = (name: MoneyKey, label: string, hint?: string) => (
    <Controller
      control={form.control}
      name={name}
      render={({ field }) => (
        <Field label={label} hint={hint} error={pricingErrors[name === "pricing.amount" ? "amount" : "rate"]?.message}>
          {(control) => (
            <MoneyInput
              control={control}
              currencyOptions={[currency]}
              defaultCurrency={currency}
              value={
                typeof field.value === "number" && !Number.isNaN(field.value) ? { amount: field.value, currency } : null
              }
              onChange={(value) => field.onChange(value ? value.amount : Number.NaN)}
              onBlur={field.onBlur}
            />
          )}
        </Field>
      )}
    />
  );
  const quantity = (name: QuantityKey, label: string) => (
    <Field label={label} error={pricingErrors[name.slice("pricing.".length) as keyof PricingErrors]?.message}>
      {(control) => (
        <TextInput
          {...control}
          inputMode="decimal"
          className="input--short"
          {...form.register(name, { setValueAs: asNumber })}
        />
      )}
    </Field>
  );

  return (
    <>
      <div className="grid grid--two">
        <Field label="Pricing" hint="Every type shows its maximum spend.">
          {(control) => (
            <Select
              {...control}
              options={typeOptions}
              value={pricing.type}
              onChange={(e) =>
                form.setValue("pricing", defaultPricing[e.target.value as Pricing["type"]], { shouldDirty: true })
              }
            />
          )}
        </Field>
        <Field label="Currency" error={errors.currency?.message}>
          {(control) => (
            <Select {...control} className="input--short" options={currencyOptions} {...form.register("currency")} />
          )}
        </Field>
      </div>
      <div className="grid grid--two" key={pricing.type}>
        {pricing.type === "flat" ? money("pricing.amount", "Flat fee") : null}
        {pricing.type === "hourly" ? (
          <>
            {money("pricing.rate", "Hourly rate")}
            {quantity("pricing.maxHours", "Maximum hours")}
          </>
        ) : null}
        {pricing.type === "per_unit" ? (
          <>
            {money("pricing.rate", "Rate per unit")}
            <Field
              label="Unit name"
              hint="e.g. “ceiling tile”, “metre of cable”."
              error={pricingErrors.unitName?.message}
            >
              {(control) => <TextInput {...control} {...form.register("pricing.unitName")} />}
            </Field>
            {quantity("pricing.maxUnits", "Maximum units")}
          </>
        ) : null}
        {pricing.type === "blended" ? (
          <>
            {money("pricing.amount", "Flat amount", "Covers the first hours below.")}
            {quantity("pricing.flatHours", "Hours the flat amount covers")}
            {money("pricing.rate", "Hourly rate after that")}
            {quantity("pricing.maxHours", "Maximum hours in total")}
          </>
        ) : null}
      </div>
    </>
  );
}
