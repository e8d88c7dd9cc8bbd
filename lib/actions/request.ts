import "server-only";
import { headers } from "next/headers";
import { env } from "../env";
import { clientIp } from "../rate-limit/client-ip";

export async function requestIp(): Promise<string> {
  return clientIp((await headers()).get("x-forwarded-for"), env.TRUSTED_PROXY_HOPS);
}
