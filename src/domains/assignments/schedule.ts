/** How schedules and pricing travel between the API's shapes and the table's columns. Pure. */
import type { Pricing, Schedule } from "./contract";

export interface ScheduleColumns {
  scheduleType: "fixed" | "window" | null;
  startsAt: Date | null;
  endsAt: Date | null;
}

export function scheduleColumns(schedule: Schedule | null): ScheduleColumns {
  if (!schedule) {
    return { scheduleType: null, startsAt: null, endsAt: null };
  }
  return {
    scheduleType: schedule.type,
    startsAt: new Date(schedule.startsAt),
    endsAt: schedule.endsAt ? new Date(schedule.endsAt) : null,
  };
}

export function scheduleOf(columns: ScheduleColumns): Schedule | null {
  const { scheduleType, startsAt, endsAt } = columns;
  if (!scheduleType || !startsAt) {
    return null;
  }
  if (scheduleType === "window" && endsAt) {
    return { type: "window", startsAt: startsAt.toISOString(), endsAt: endsAt.toISOString() };
  }
  return { type: "fixed", startsAt: startsAt.toISOString(), endsAt: endsAt ? endsAt.toISOString() : null };
}

export interface PricingColumns {
  pricingType: Pricing["type"];
  flatAmount: number | null;
  rate: number | null;
  flatHours: number | null;
  maxQuantity: number | null;
  unitName: string | null;
}

export function pricingColumns(pricing: Pricing): PricingColumns {
  const none = { flatAmount: null, rate: null, flatHours: null, maxQuantity: null, unitName: null };
  switch (pricing.type) {
    case "flat":
      return { ...none, pricingType: "flat", flatAmount: pricing.amount };
    case "hourly":
      return { ...none, pricingType: "hourly", rate: pricing.rate, maxQuantity: pricing.maxHours };
    case "per_unit":
      return {
        ...none,
        pricingType: "per_unit",
        rate: pricing.rate,
        maxQuantity: pricing.maxUnits,
        unitName: pricing.unitName,
      };
    case "blended":
      return {
        ...none,
        pricingType: "blended",
        flatAmount: pricing.amount,
        flatHours: pricing.flatHours,
        rate: pricing.rate,
        maxQuantity: pricing.maxHours,
      };
  }
}

/** The table's CHECK guarantees the columns each type needs; `?? 0` only satisfies the types. */
export function pricingOf(columns: PricingColumns): Pricing {
  const { flatAmount, rate, flatHours, maxQuantity, unitName } = columns;
  switch (columns.pricingType) {
    case "flat":
      return { type: "flat", amount: flatAmount ?? 0 };
    case "hourly":
      return { type: "hourly", rate: rate ?? 0, maxHours: maxQuantity ?? 0 };
    case "per_unit":
      return { type: "per_unit", rate: rate ?? 0, unitName: unitName ?? "unit", maxUnits: maxQuantity ?? 0 };
    case "blended":
      return {
        type: "blended",
        amount: flatAmount ?? 0,
        flatHours: flatHours ?? 0,
        rate: rate ?? 0,
        maxHours: maxQuantity ?? 0,
      };
  }
}

/** Great-circle distance (haversine) in km, one decimal: how far the site is from a worker's home. */
export function distanceKm(
  a: { latitude: number; longitude: number },
  b: { latitude: number; longitude: number },
): number {
  const rad = (deg: number) => (deg * Math.PI) / 180;
  const dLat = rad(b.latitude - a.latitude);
  const dLon = rad(b.longitude - a.longitude);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.latitude)) * Math.cos(rad(b.latitude)) * Math.sin(dLon / 2) ** 2;
  return Math.round(2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h))) * 10) / 10;
}
