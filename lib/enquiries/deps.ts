// What the enquiry flows take from the outside besides the common deps: the "only once" store for form tokens, the
// attachment storage, and the site's addresses and secret. app/_bind/deps.ts binds the real ones.
import type { Deps } from "../deps";
import type { OnceStore } from "../rate-limit/once";
import type { Storage } from "../storage/types";

export interface EnquiryDeps extends Deps {
  once: OnceStore;
  storage: Storage;
  appUrl: string;
  salesEmail: string;
  /** Signs and checks the form token. */
  secret: string;
  /** The least time a person takes to fill the form (anti-spam). */
  minFillMs: number;
}
