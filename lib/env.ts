// The only reader of process.env: everything else imports `env`.
import { parseEnv } from "./env-schema.mjs";

export type Env = ReturnType<typeof parseEnv>;

export const env: Env = parseEnv(process.env);
