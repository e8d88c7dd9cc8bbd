// Session tokens are stored hashed: a copy of the database (a backup, a leaked file) holds no cookie that signs
// anyone in. The token is 256 random bits, so a plain SHA-256 is enough - there is nothing to guess.
import crypto from "node:crypto";

export const hashSessionToken = (token: string): string => crypto.createHash("sha256").update(token).digest("hex");
