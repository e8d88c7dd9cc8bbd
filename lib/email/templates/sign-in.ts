import { render } from "./layout";

export function signInMail({ url, host, expires }: { url: string; host: string; expires: Date }) {
  const hours = Math.round((expires.getTime() - Date.now()) / 3_600_000);
  return render(`Sign in to ${host}`, [
    "Use the link below to sign in. It works once" + (hours > 0 ? ` and expires in ${hours} hours.` : "."),
    { button: { label: "Sign in", url } },
    "If you did not ask to sign in, ignore this email: nobody can sign in without the link.",
  ]);
}
