// The limits in one place. Generous for people, tight for scripts: a buyer sends one or two enquiries and asks for
// a sign-in link now and then.
import type { RateLimitRule } from "./limiter";

const MINUTE = 60_000;

export const enquiryPerIp: RateLimitRule = { name: "enquiry:ip", limit: 5, windowMs: 10 * MINUTE };
export const enquiryPerEmail: RateLimitRule = { name: "enquiry:email", limit: 3, windowMs: 60 * MINUTE };
export const signInPerIp: RateLimitRule = { name: "sign-in:ip", limit: 10, windowMs: 10 * MINUTE };
// Per target *and* requester: someone else asking for links to your address cannot use up yours.
export const signInPerEmailAndIp: RateLimitRule = { name: "sign-in:email+ip", limit: 5, windowMs: 15 * MINUTE };
export const deskReplyPerUser: RateLimitRule = { name: "desk-reply:user", limit: 60, windowMs: 60 * MINUTE };
