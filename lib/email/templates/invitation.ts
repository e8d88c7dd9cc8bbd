import { render } from "./layout";

export function invitationMail({
  signInUrl,
  role,
  organization,
}: {
  signInUrl: string;
  role: string;
  organization?: string | null;
}) {
  return render("You have been invited to the Lumbar Spine MRI Dataset", [
    `An administrator created an account for you (role: ${role.toLowerCase()}${organization ? `, organisation: ${organization}` : ""}).`,
    "Sign in with this email address; we will send you a one-time sign-in link.",
    { button: { label: "Go to sign in", url: signInUrl } },
  ]);
}
