import { type City, cities } from "#shared/cities";
import type { Location } from "#shared/fields";
import { Field } from "./field";
import { Select } from "./select";
import { TextInput } from "./text-input";

const cityKey = (c: { city: string; country: string; region: string | null }) =>
  `${c.city}|${c.region ?? ""}|${c.country}`;

const sortedCities = [...cities].sort((a, b) => a.country.localeCompare(b.country) || a.name.localeCompare(b.name));
const cityOptions = sortedCities.map((c) => ({
  value: cityKey({ city: c.name, region: c.region, country: c.country }),
  label: `${c.name}, ${c.region} (${c.country})`,
}));

export interface LocationErrors {
  city?: string;
  address?: string;
  postalCode?: string;
  other?: string;
}

type Message = { message?: string } | undefined;

/** A form library's nested error for a Location field, as the messages LocationInput shows. */
export function locationErrors(
  error: (Message & { city?: Message; address?: Message; postalCode?: Message }) | undefined,
) {
  return {
    city: error?.city?.message,
    address: error?.address?.message,
    postalCode: error?.postalCode?.message,
    other: error?.message,
  } satisfies LocationErrors;
}

interface LocationInputProps {
  value: Location | null;
  onChange: (value: Location | null, city: City | null) => void;
  errors?: LocationErrors;
  cityLabel: string;
  addressHint?: string;
}

/**
 * A place picked from the list of known cities, which fills region, country, latitude and longitude, plus an
 * optional street address and postal code typed by the person.
 */
export function LocationInput({ value, onChange, errors = {}, cityLabel, addressHint }: LocationInputProps) {
  const selected = value ? cityKey(value) : "";
  const isUnlisted = value !== null && !cityOptions.some((o) => o.value === selected);
  const options =
    isUnlisted && value
      ? [{ value: selected, label: `${value.city} (${value.country})` }, ...cityOptions]
      : cityOptions;

  const pickCity = (key: string) => {
    const city = sortedCities.find((c) => cityKey({ city: c.name, region: c.region, country: c.country }) === key);
    if (!city) {
      onChange(null, null);
      return;
    }
    onChange(
      {
        address: value?.address ?? null,
        postalCode: value?.postalCode ?? null,
        city: city.name,
        region: city.region,
        country: city.country,
        latitude: city.latitude,
        longitude: city.longitude,
      },
      city,
    );
  };
  const setText = (key: "address" | "postalCode", text: string) => {
    if (value) {
      onChange({ ...value, [key]: text.trim() === "" ? null : text }, null);
    }
  };

  return (
    <div className="location-input">
      <Field label={cityLabel} isOptional error={errors.city ?? errors.other}>
        {(control) => (
          <Select
            {...control}
            options={options}
            placeholder="Not set"
            value={selected}
            onChange={(event) => pickCity(event.target.value)}
          />
        )}
      </Field>
      {value ? (
        <div className="grid grid--sidebar">
          <Field label="Street address" hint={addressHint} isOptional error={errors.address}>
            {(control) => (
              <TextInput
                {...control}
                autoComplete="street-address"
                value={value.address ?? ""}
                onChange={(event) => setText("address", event.target.value)}
              />
            )}
          </Field>
          <Field label="Postal code" isOptional error={errors.postalCode}>
            {(control) => (
              <TextInput
                {...control}
                autoComplete="postal-code"
                value={value.postalCode ?? ""}
                onChange={(event) => setText("postalCode", event.target.value)}
              />
            )}
          </Field>
        </div>
      ) : null}
    </div>
  );
}
