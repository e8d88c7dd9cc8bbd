import { Notice } from "@/components/ui/notice";

export function ExampleVendorNotice() {
  return (
    <Notice tone="warning">
      Example values: this installation has not been configured with its operator&apos;s details. The operator sets them
      with the <code className="font-mono">VENDOR_*</code> variables (see the README).
    </Notice>
  );
}
