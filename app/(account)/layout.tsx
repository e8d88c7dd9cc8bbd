import { SiteShell } from "@/components/layout/site-shell";

// Layout only: every page below checks the session itself (layouts do not re-run on client navigation).
export default function AccountLayout({ children }: { children: React.ReactNode }) {
  return <SiteShell>{children}</SiteShell>;
}
