import { formatMoney, type Money as MoneyValue } from "#shared/money";

interface MoneyProps {
  /** Integer minor units and a currency, as the API sends them. */
  value: MoneyValue | null | undefined;
  fallback?: string;
}

/** The one place that shows amounts: formatted for people from minor units, never through a float the API sent. */
export function Money({ value, fallback = "—" }: MoneyProps) {
  if (!value) {
    return <span>{fallback}</span>;
  }
  return <span className="money">{formatMoney(value)}</span>;
}
