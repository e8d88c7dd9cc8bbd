export { db } from "./client";
export type { Db } from "./create-client";
