import openapiTS, { astToString } from "openapi-typescript";
import ts from "typescript";

const banner = `/**
 * Generated from openapi.json by openapi-typescript: do not edit. Regenerate with \`npm run api:types\`;
 * test/api-schema.test.ts fails when this file no longer matches the document.
 */

`;

/** The TypeScript types (paths, components, operations) for an OpenAPI document, as the text of a .d.ts file. */
export async function generateApiTypes(document) {
  const ast = await openapiTS(document, {
    silent: true,
    // An upload's file part is a Blob (a File) in the browser, not the string JSON Schema calls it.
    transform: (schema) => (schema.format === "binary" ? ts.factory.createTypeReferenceNode("Blob") : undefined),
  });
  return banner + astToString(ast);
}
