// Under Vitest there is no React server/client split; `server-only` would throw, so tests import this instead.
export {};
