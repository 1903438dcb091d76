/** The TypeScript types (paths, components, operations) for an OpenAPI document, as the text of a .d.ts file. */
export declare function generateApiTypes(document: object): Promise<string>;
