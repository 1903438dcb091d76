import { useId, useState } from "react";
import type { CitySuggestion, LocationInput as LocationValue } from "#domains/places/contract";
import { cities } from "#shared/cities";
import type { Currency } from "#shared/money";
import { usePlaceSuggestions } from "../places/queries";
import { Field } from "./field";
import { TextInput } from "./text-input";

export interface LocationErrors {
  city?: string;
  address?: string;
  postalCode?: string;
  other?: string;
}

type Message = { message?: string } | undefined;
type NestedErrors = Message & Partial<Record<"city" | "address" | "postalCode" | "latitude" | "longitude", Message>>;

/** A form library's nested error for a Location field, as the messages LocationInput shows. */
export function locationErrors(error: NestedErrors | undefined) {
  return {
    city: error?.city?.message,
    address: error?.address?.message,
    postalCode: error?.postalCode?.message,
    other: error?.message ?? error?.latitude?.message ?? error?.longitude?.message,
  } satisfies LocationErrors;
}

/** What a picked place tells the rest of a form: its time zone and currency, when the known cities say. */
export interface PlaceFacts {
  timeZone: string | null;
  currency: Currency | null;
}

const kmBetween = (a: { latitude: number; longitude: number }, b: { latitude: number; longitude: number }) =>
  Math.hypot(a.latitude - b.latitude, (a.longitude - b.longitude) * Math.cos((a.latitude * Math.PI) / 180)) * 111;

/**
 * The time zone and currency of a place, from the cities the product knows: the country's only zone, or the zone of
 * the nearest known city of that country within 300 km (the suggestions carry no zone).
 */
export function placeFacts(place: {
  country: string | null;
  latitude: number | null;
  longitude: number | null;
}): PlaceFacts {
  const sameCountry = cities.filter((c) => c.country === place.country);
  const zones = new Set(sameCountry.map((c) => c.timeZone));
  const { latitude, longitude } = place;
  const nearest =
    latitude === null || longitude === null
      ? undefined
      : sameCountry
          .map((c) => ({ c, km: kmBetween(c, { latitude, longitude }) }))
          .filter(({ km }) => km < 300)
          .sort((a, b) => a.km - b.km)[0]?.c;
  return {
    timeZone: zones.size === 1 ? ([...zones][0] ?? null) : (nearest?.timeZone ?? null),
    currency: sameCountry[0]?.currency ?? null,
  };
}

const labelOf = (value: LocationValue) =>
  [value.city, value.region, value.country].filter((part) => part !== null && part !== undefined).join(", ");

interface LocationInputProps {
  value: LocationValue | null;
  onChange: (value: LocationValue | null, picked: PlaceFacts | null) => void;
  errors?: LocationErrors;
  cityLabel: string;
  addressHint?: string;
}

/**
 * A free address, an optional city picked from suggestions (which fills region, country and coordinates) and a
 * postal code. Without a pick the server finds the city in the address (or the typed city) and its coordinates.
 */
export function LocationInput({ value, onChange, errors = {}, cityLabel, addressHint }: LocationInputProps) {
  const listId = useId();
  const [cityText, setCityText] = useState(value?.city ? labelOf(value) : "");
  // A value from outside (the saved, geocoded location after a save) shows its city as the server found it.
  const [seen, setSeen] = useState(value);
  if (value !== seen) {
    setSeen(value);
    setCityText(value?.city ? labelOf(value) : "");
  }
  const suggestions = usePlaceSuggestions(cityText).data?.items ?? [];

  const emit = (next: LocationValue, picked: CitySuggestion | null) => {
    const isEmpty = !next.address && !next.city && !next.postalCode;
    setSeen(isEmpty ? null : next);
    onChange(isEmpty ? null : next, picked ? placeFacts(picked) : null);
  };
  const current = (): LocationValue => ({
    address: value?.address ?? null,
    city: value?.city ?? null,
    region: value?.region ?? null,
    postalCode: value?.postalCode ?? null,
    country: value?.country ?? null,
    latitude: value?.latitude ?? null,
    longitude: value?.longitude ?? null,
  });
  const typeCity = (text: string) => {
    setCityText(text);
    const picked = suggestions.find((s) => s.label === text) ?? null;
    const place = picked
      ? { city: picked.city, region: picked.region, country: picked.country }
      : { city: text.trim() === "" ? null : text, region: null, country: null };
    const point = picked
      ? { latitude: picked.latitude, longitude: picked.longitude }
      : { latitude: null, longitude: null };
    emit({ ...current(), ...place, ...point }, picked);
  };
  const setText = (key: "address" | "postalCode", text: string) =>
    emit({ ...current(), [key]: text.trim() === "" ? null : text }, null);

  return (
    <div className="location-input">
      <Field
        label="Street address"
        hint={`${addressHint ?? ""} Street and city, e.g. “500 Congress Ave, Austin, TX”, or pick the city below.`.trim()}
        isOptional
        error={errors.address ?? errors.other}
      >
        {(control) => (
          <TextInput
            {...control}
            autoComplete="street-address"
            value={value?.address ?? ""}
            onChange={(event) => setText("address", event.target.value)}
          />
        )}
      </Field>
      <div className="grid grid--sidebar">
        <Field
          label={cityLabel}
          hint="Type and pick a suggestion, or leave it to the address."
          isOptional
          error={errors.city}
        >
          {(control) => (
            <>
              <TextInput
                {...control}
                list={listId}
                autoComplete="off"
                value={cityText}
                onChange={(event) => typeCity(event.target.value)}
              />
              <datalist id={listId}>
                {suggestions.map((s) => (
                  <option key={`${s.label}|${s.latitude}|${s.longitude}`} value={s.label} />
                ))}
              </datalist>
            </>
          )}
        </Field>
        <Field label="Postal code" isOptional error={errors.postalCode}>
          {(control) => (
            <TextInput
              {...control}
              autoComplete="postal-code"
              value={value?.postalCode ?? ""}
              onChange={(event) => setText("postalCode", event.target.value)}
            />
          )}
        </Field>
      </div>
    </div>
  );
}
