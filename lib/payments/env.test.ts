import { describe, expect, test } from "vitest";
import { parseEnv } from "../env-schema.mjs";

describe("Stripe configuration", () => {
  test("invoice mode by default; a secret key needs the webhook secret", () => {
    expect(parseEnv({}).STRIPE_SECRET_KEY).toBeUndefined();
    expect(() => parseEnv({ STRIPE_SECRET_KEY: "sk_test_x" })).toThrow(
      /STRIPE_WEBHOOK_SECRET: is required when STRIPE_SECRET_KEY is set/,
    );
    expect(
      parseEnv({
        STRIPE_SECRET_KEY: "sk_test_x",
        STRIPE_WEBHOOK_SECRET: "whsec_x",
        STRIPE_API_URL: "http://127.0.0.1:3730",
      }),
    ).toMatchObject({ STRIPE_API_URL: "http://127.0.0.1:3730" });
    expect(() => parseEnv({ STRIPE_SECRET_KEY: "pk_live_x", STRIPE_WEBHOOK_SECRET: "whsec_x" })).toThrow(
      /STRIPE_SECRET_KEY: must start with sk_/,
    );
  });
});
