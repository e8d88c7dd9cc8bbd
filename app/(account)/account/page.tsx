import type { Metadata } from "next";
import Link from "next/link";
import { Container } from "@/components/ui/container";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { ButtonLink } from "@/components/ui/button-link";
import { ActionForm, ActionSubmit } from "@/components/ui/action-form";
import { ProfileForm } from "@/components/account/profile-form";
import { requirePageRole } from "@/lib/auth/guards";
import { ANY_USER, STAFF } from "@/lib/auth/roles";
import { signOutEverywhereAction, updateProfileAction } from "./actions";

export const metadata: Metadata = { title: "Your account", robots: { index: false } };

const roleNames = { CUSTOMER: "Customer", SALES: "Sales", ADMIN: "Administrator" } as const;

export default async function AccountPage() {
  const user = await requirePageRole(ANY_USER, "/account");
  return (
    <Container className="py-10">
      <PageHeader
        title="Your account"
        lead={
          <>
            Signed in as <strong>{user.email}</strong>.
          </>
        }
      >
        {STAFF.includes(user.role) ? (
          <div className="mt-4">
            <ButtonLink href="/desk">Open the sales desk</ButtonLink>
          </div>
        ) : null}
      </PageHeader>
      <div className="mt-8 grid gap-6 lg:grid-cols-2">
        <Card>
          <h2 className="text-lg font-semibold">Profile</h2>
          <dl className="mt-4 grid grid-cols-[auto_minmax(0,1fr)] gap-x-4 gap-y-2 text-sm">
            <dt className="font-medium">Email</dt>
            <dd className="wrap-anywhere">{user.email}</dd>
            <dt className="font-medium">Role</dt>
            <dd>{roleNames[user.role]}</dd>
            <dt className="font-medium">Organisation</dt>
            <dd className="wrap-anywhere">
              {user.organizationName ??
                "Not linked yet: sales links your account to your organisation when you license the data."}
            </dd>
          </dl>
          <div className="mt-6">
            <ProfileForm action={updateProfileAction} name={user.name ?? ""} />
          </div>
        </Card>
        <Card>
          <h2 className="text-lg font-semibold">Enquiries</h2>
          <p className="mt-2 text-sm text-slate-700 dark:text-slate-300">
            Follow the enquiries you sent from this address, read sales&apos; replies and answer them:{" "}
            <Link href="/account/enquiries" className="font-semibold underline">
              your enquiries
            </Link>
            .
          </p>
          <h2 className="mt-8 text-lg font-semibold">Licences</h2>
          <p className="mt-2 text-sm text-slate-700 dark:text-slate-300">
            Your organisation&rsquo;s licences, orders, quotes and invoices:{" "}
            <Link href="/account/licences" className="font-semibold underline">
              Licences and orders
            </Link>
            .{" "}
            <Link href="/enquire" className="font-semibold underline">
              Request a quote
            </Link>
            .
          </p>
          <h2 className="mt-8 text-lg font-semibold">Downloads</h2>
          <p className="mt-2 text-sm text-slate-700 dark:text-slate-300">
            Each licence&rsquo;s page lists its studies and manifests.{" "}
            <Link href="/account/downloads" className="font-semibold underline">
              Download history
            </Link>
            .{" "}
            <Link href="/account/tokens" className="font-semibold underline">
              API tokens
            </Link>{" "}
            for scripts.
          </p>
          <h2 className="mt-8 text-lg font-semibold">Sessions</h2>
          <p className="mt-2 text-sm text-slate-700 dark:text-slate-300">
            Lost a device, or signed in on a shared computer? End every session, this one included.
          </p>
          <div className="mt-4 flex flex-wrap gap-3">
            <ButtonLink href="/sign-out" variant="secondary">
              Sign out
            </ButtonLink>
            <ActionForm action={signOutEverywhereAction} id="sign-out-everywhere">
              <ActionSubmit variant="secondary" pendingLabel="Signing out...">
                Sign out everywhere
              </ActionSubmit>
            </ActionForm>
          </div>
        </Card>
      </div>
    </Container>
  );
}
