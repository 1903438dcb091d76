/** How a secret is shown once it was given: its last 4 characters after an ellipsis (API `secretHint` and web). */
export const secretHint = (secret: string) => `…${secret.slice(-4)}`;
