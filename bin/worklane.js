#!/usr/bin/env node
// The CLI runs TypeScript from source: tsx registers its loader, then the real entry point takes over.
import { register } from "tsx/esm/api";

register();
await import("../src/cli/main.ts");
