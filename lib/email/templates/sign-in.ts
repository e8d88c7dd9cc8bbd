import { render } from "./layout";

export function signInMail({ url, host, validForS }: { url: string; host: string; validForS: number }) {
  const hours = Math.round(validForS / 3600);
  return render(`Sign in to ${host}`, [
    "Use the link below to sign in. It works once" + (hours > 0 ? ` and expires in ${hours} hours.` : "."),
    { button: { label: "Sign in", url } },
    "If you did not ask to sign in, ignore this email: nobody can sign in without the link.",
  ]);
}
