import { SiteShell } from "@/components/layout/site-shell";
import { Container } from "@/components/ui/container";

export default function AuthLayout({ children }: { children: React.ReactNode }) {
  return (
    <SiteShell>
      <Container className="py-12 sm:py-16">
        <div className="mx-auto max-w-md">{children}</div>
      </Container>
    </SiteShell>
  );
}
