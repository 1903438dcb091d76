import { DEFAULT_POOL_RADIUS_MILES, MAX_RADIUS_MILES } from "#domains/talent/matching/contract";
import { useTalentPools } from "../talent/queries";
import { Field } from "../ui/field";
import { TextInput } from "../ui/text-input";

export interface PoolChoice {
  poolIds: string[];
  /** As typed: the contract says what is wrong with an empty or out-of-range radius. */
  radiusMiles: string;
}

export const noPools: PoolChoice = { poolIds: [], radiusMiles: String(DEFAULT_POOL_RADIUS_MILES) };

/** The send body's `pools`: null without a pool chosen; text that is no number becomes NaN, which the contract refuses. */
export function poolsBody(choice: PoolChoice) {
  if (choice.poolIds.length === 0) {
    return null;
  }
  const typed = choice.radiusMiles.trim();
  return { poolIds: choice.poolIds, radiusMiles: typed === "" ? Number.NaN : Number(typed) };
}

interface PoolFieldsProps {
  value: PoolChoice;
  onChange: (choice: PoolChoice) => void;
  /** On-site work has a site to measure from; remote work invites the members wherever they live. */
  hasSite: boolean;
  errors: Record<string, string>;
}

/** The company's own talent pools (several may be chosen) and the radius around the site their members must live in. */
export function PoolFields({ value, onChange, hasSite, errors }: PoolFieldsProps) {
  const pools = useTalentPools();
  const items = pools.data?.items ?? [];
  if (pools.isPending || items.length === 0) {
    return null;
  }
  const toggle = (id: string, isChecked: boolean) =>
    onChange({
      ...value,
      poolIds: isChecked
        ? items.filter((p) => p.id === id || value.poolIds.includes(p.id)).map((p) => p.id)
        : value.poolIds.filter((p) => p !== id),
    });
  return (
    <>
      <fieldset className="field checkbox-fieldset">
        <legend className="field__label">
          Talent pools <span className="field__optional">(optional)</span>
        </legend>
        <p className="field__hint">
          Their members who meet the assignment's requirement set are invited too; you see how many were left out, and
          why.
        </p>
        <div className="checkbox-grid">
          {items.map((pool) => {
            const members = pool.members.filter((m) => m.status === "member" || m.status === "flagged").length;
            return (
              <label key={pool.id} className="checkbox">
                <input
                  type="checkbox"
                  checked={value.poolIds.includes(pool.id)}
                  onChange={(e) => toggle(pool.id, e.target.checked)}
                />
                <span>
                  {pool.name} ({members === 1 ? "1 member" : `${members} members`})
                </span>
              </label>
            );
          })}
        </div>
        {errors.poolIds ? <p className="field__error">{errors.poolIds}</p> : null}
      </fieldset>
      {hasSite && value.poolIds.length > 0 ? (
        <Field
          label="Members living within (miles of the site)"
          hint={`${DEFAULT_POOL_RADIUS_MILES} unless you change it; at most ${MAX_RADIUS_MILES}.`}
          error={errors.radiusMiles}
        >
          {(control) => (
            <TextInput
              {...control}
              type="number"
              inputMode="numeric"
              min={1}
              max={MAX_RADIUS_MILES}
              value={value.radiusMiles}
              onChange={(e) => onChange({ ...value, radiusMiles: e.target.value })}
            />
          )}
        </Field>
      ) : null}
    </>
  );
}
