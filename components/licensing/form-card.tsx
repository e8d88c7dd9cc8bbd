// One desk action as a card: a heading over a FieldsForm (extend, revoke, suspend a licence; resend, withdraw a quote).
import { Card } from "@/components/ui/card";
import { FieldsForm } from "./fields-form";

type FormProps<T> = Parameters<typeof FieldsForm<T>>[0];

export function FormCard<T>({ title, ...form }: { title: string } & FormProps<T>) {
  return (
    <Card>
      <h2 className="text-lg font-semibold">{title}</h2>
      <div className="mt-3">
        <FieldsForm {...form} />
      </div>
    </Card>
  );
}
