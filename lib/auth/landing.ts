// Where each role works: sales and admins on the desk, customers on their account. A sign-in without a destination
// goes through LANDING_PATH, which sends the user to theirs.
import { STAFF, type Role } from "./roles";

export const LANDING_PATH = "/signed-in";

export const homeFor = (role: Role): "/desk" | "/account" => (STAFF.includes(role) ? "/desk" : "/account");
