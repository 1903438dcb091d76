import { z } from "zod";
import type { Location } from "./fields";
import type { Currency } from "./money";

/** The public part of a Location: where someone is, never their address or coordinates. */
export const Place = z.object({ city: z.string(), region: z.string().nullable(), country: z.string() });
export type Place = z.infer<typeof Place>;

export function placeOf(location: Pick<Location, "city" | "region" | "country">): Place {
  return { city: location.city, region: location.region, country: location.country };
}

export interface City {
  name: string;
  region: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
  latitude: number;
  longitude: number;
  timeZone: string;
  currency: Currency;
}

const city = (
  name: string,
  region: string,
  country: string,
  latitude: number,
  longitude: number,
  timeZone: string,
  currency: Currency,
): City => ({ name, region, country, latitude, longitude, timeZone, currency });

const us = (name: string, region: string, lat: number, lon: number, zone: string) =>
  city(name, region, "US", lat, lon, `America/${zone}`, "USD");
const ca = (name: string, region: string, lat: number, lon: number, zone: string) =>
  city(name, region, "CA", lat, lon, `America/${zone}`, "CAD");
const gb = (name: string, region: string, lat: number, lon: number) =>
  city(name, region, "GB", lat, lon, "Europe/London", "GBP");
const eu = (name: string, region: string, country: string, lat: number, lon: number, zone: string) =>
  city(name, region, country, lat, lon, `Europe/${zone}`, country === "CH" ? "CHF" : "EUR");
const au = (name: string, region: string, lat: number, lon: number, zone: string) =>
  city(name, region, "AU", lat, lon, `Australia/${zone}`, "AUD");

/** Real cities (city-centre coordinates, IANA zones) the demo marketplace spreads its people over. */
export const cities: readonly City[] = [
  us("New York", "NY", 40.7128, -74.006, "New_York"),
  us("Los Angeles", "CA", 34.0522, -118.2437, "Los_Angeles"),
  us("Chicago", "IL", 41.8781, -87.6298, "Chicago"),
  us("Houston", "TX", 29.7604, -95.3698, "Chicago"),
  us("Phoenix", "AZ", 33.4484, -112.074, "Phoenix"),
  us("Philadelphia", "PA", 39.9526, -75.1652, "New_York"),
  us("San Antonio", "TX", 29.4241, -98.4936, "Chicago"),
  us("San Diego", "CA", 32.7157, -117.1611, "Los_Angeles"),
  us("Dallas", "TX", 32.7767, -96.797, "Chicago"),
  us("Austin", "TX", 30.2672, -97.7431, "Chicago"),
  us("San Francisco", "CA", 37.7749, -122.4194, "Los_Angeles"),
  us("Seattle", "WA", 47.6062, -122.3321, "Los_Angeles"),
  us("Denver", "CO", 39.7392, -104.9903, "Denver"),
  us("Boston", "MA", 42.3601, -71.0589, "New_York"),
  us("Atlanta", "GA", 33.749, -84.388, "New_York"),
  us("Miami", "FL", 25.7617, -80.1918, "New_York"),
  us("Tampa", "FL", 27.9506, -82.4572, "New_York"),
  us("Minneapolis", "MN", 44.9778, -93.265, "Chicago"),
  us("Portland", "OR", 45.5152, -122.6784, "Los_Angeles"),
  us("Detroit", "MI", 42.3314, -83.0458, "Detroit"),
  us("Charlotte", "NC", 35.2271, -80.8431, "New_York"),
  us("Raleigh", "NC", 35.7796, -78.6382, "New_York"),
  us("Nashville", "TN", 36.1627, -86.7816, "Chicago"),
  us("Salt Lake City", "UT", 40.7608, -111.891, "Denver"),
  us("Kansas City", "MO", 39.0997, -94.5786, "Chicago"),
  us("St. Louis", "MO", 38.627, -90.1994, "Chicago"),
  us("Columbus", "OH", 39.9612, -82.9988, "New_York"),
  us("Indianapolis", "IN", 39.7684, -86.1581, "Indiana/Indianapolis"),
  us("Pittsburgh", "PA", 40.4406, -79.9959, "New_York"),
  us("Las Vegas", "NV", 36.1699, -115.1398, "Los_Angeles"),
  ca("Toronto", "ON", 43.6532, -79.3832, "Toronto"),
  ca("Montreal", "QC", 45.5017, -73.5673, "Toronto"),
  ca("Vancouver", "BC", 49.2827, -123.1207, "Vancouver"),
  ca("Calgary", "AB", 51.0447, -114.0719, "Edmonton"),
  ca("Edmonton", "AB", 53.5461, -113.4938, "Edmonton"),
  ca("Ottawa", "ON", 45.4215, -75.6972, "Toronto"),
  ca("Winnipeg", "MB", 49.8951, -97.1384, "Winnipeg"),
  ca("Halifax", "NS", 44.6488, -63.5752, "Halifax"),
  gb("London", "England", 51.5072, -0.1276),
  gb("Manchester", "England", 53.4808, -2.2426),
  gb("Birmingham", "England", 52.4862, -1.8904),
  gb("Leeds", "England", 53.8008, -1.5491),
  gb("Bristol", "England", 51.4545, -2.5879),
  gb("Glasgow", "Scotland", 55.8642, -4.2518),
  gb("Edinburgh", "Scotland", 55.9533, -3.1883),
  eu("Dublin", "Leinster", "IE", 53.3498, -6.2603, "Dublin"),
  eu("Paris", "Île-de-France", "FR", 48.8566, 2.3522, "Paris"),
  eu("Lyon", "Auvergne-Rhône-Alpes", "FR", 45.764, 4.8357, "Paris"),
  eu("Marseille", "Provence-Alpes-Côte d'Azur", "FR", 43.2965, 5.3698, "Paris"),
  eu("Berlin", "Berlin", "DE", 52.52, 13.405, "Berlin"),
  eu("Munich", "Bavaria", "DE", 48.1351, 11.582, "Berlin"),
  eu("Hamburg", "Hamburg", "DE", 53.5511, 9.9937, "Berlin"),
  eu("Frankfurt", "Hesse", "DE", 50.1109, 8.6821, "Berlin"),
  eu("Amsterdam", "North Holland", "NL", 52.3676, 4.9041, "Amsterdam"),
  eu("Rotterdam", "South Holland", "NL", 51.9244, 4.4777, "Amsterdam"),
  eu("Brussels", "Brussels-Capital", "BE", 50.8503, 4.3517, "Brussels"),
  eu("Madrid", "Community of Madrid", "ES", 40.4168, -3.7038, "Madrid"),
  eu("Barcelona", "Catalonia", "ES", 41.3874, 2.1686, "Madrid"),
  eu("Valencia", "Valencian Community", "ES", 39.4699, -0.3763, "Madrid"),
  eu("Milan", "Lombardy", "IT", 45.4642, 9.19, "Rome"),
  eu("Rome", "Lazio", "IT", 41.9028, 12.4964, "Rome"),
  eu("Vienna", "Vienna", "AT", 48.2082, 16.3738, "Vienna"),
  eu("Zurich", "Zurich", "CH", 47.3769, 8.5417, "Zurich"),
  eu("Lisbon", "Lisbon", "PT", 38.7223, -9.1393, "Lisbon"),
  eu("Porto", "Porto", "PT", 41.1579, -8.6291, "Lisbon"),
  eu("Helsinki", "Uusimaa", "FI", 60.1699, 24.9384, "Helsinki"),
  au("Sydney", "NSW", -33.8688, 151.2093, "Sydney"),
  au("Melbourne", "VIC", -37.8136, 144.9631, "Melbourne"),
  au("Brisbane", "QLD", -27.4698, 153.0251, "Brisbane"),
  au("Perth", "WA", -31.9505, 115.8605, "Perth"),
  au("Adelaide", "SA", -34.9285, 138.6007, "Adelaide"),
  au("Canberra", "ACT", -35.2809, 149.13, "Sydney"),
];
