import { SiteHeader } from "@/components/layout/site-header";
import { SiteFooter } from "@/components/layout/site-footer";
import { Container } from "@/components/ui/container";

export default function AuthLayout({ children }: { children: React.ReactNode }) {
  return (
    <div className="flex min-h-screen flex-col">
      <SiteHeader />
      <main id="main" className="flex-1">
        <Container className="py-12 sm:py-16">
          <div className="mx-auto max-w-md">{children}</div>
        </Container>
      </main>
      <SiteFooter />
    </div>
  );
}
