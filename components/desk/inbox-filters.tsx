// The inbox's search and filters as a plain GET form: shareable URLs, back button, and no JavaScript needed.
import { inputClass, labelClass } from "@/components/ui/form-field";
import { buttonClass } from "@/components/ui/button-link";
import type { InboxFilters } from "@/lib/enquiries/inbox-filters";
import { statusLabels } from "@/lib/validations/desk";
import { countryOptions } from "@/lib/validations/countries";

type Staff = { id: string; name: string | null; email: string };

export function InboxFiltersForm({ filters, staff }: { filters: InboxFilters; staff: Staff[] }) {
  const small = `${inputClass} sm:text-sm`;
  return (
    <form
      method="get"
      action="/desk"
      role="search"
      aria-label="Filter enquiries"
      className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4"
    >
      <div className="sm:col-span-2">
        <label htmlFor="f-q" className={labelClass}>
          Search
        </label>
        <input
          id="f-q"
          name="q"
          type="search"
          defaultValue={filters.q ?? ""}
          placeholder="Name, email, organisation or message"
          className={small}
        />
      </div>
      <div>
        <label htmlFor="f-status" className={labelClass}>
          Status
        </label>
        <select id="f-status" name="status" defaultValue={filters.status ?? ""} className={small}>
          <option value="">All but spam</option>
          {Object.entries(statusLabels).map(([v, l]) => (
            <option key={v} value={v}>
              {l}
            </option>
          ))}
          <option value="ALL">All, spam included</option>
        </select>
      </div>
      <div>
        <label htmlFor="f-assignee" className={labelClass}>
          Assignee
        </label>
        <select id="f-assignee" name="assignee" defaultValue={filters.assignee ?? ""} className={small}>
          <option value="">Anyone</option>
          <option value="me">Me</option>
          <option value="none">Unassigned</option>
          {staff.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name ?? s.email}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="f-use" className={labelClass}>
          Use
        </label>
        <select id="f-use" name="use" defaultValue={filters.use ?? ""} className={small}>
          <option value="">Any</option>
          <option value="research">Research</option>
          <option value="commercial">Commercial</option>
        </select>
      </div>
      <div>
        <label htmlFor="f-country" className={labelClass}>
          Country
        </label>
        <select id="f-country" name="country" defaultValue={filters.country ?? ""} className={small}>
          <option value="">Any</option>
          {countryOptions().map((c) => (
            <option key={c.value} value={c.value}>
              {c.label}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="f-from" className={labelClass}>
          Received from
        </label>
        <input id="f-from" name="from" type="date" defaultValue={filters.from ?? ""} className={small} />
      </div>
      <div>
        <label htmlFor="f-to" className={labelClass}>
          Received until
        </label>
        <input id="f-to" name="to" type="date" defaultValue={filters.to ?? ""} className={small} />
      </div>
      <div>
        <label htmlFor="f-sort" className={labelClass}>
          Sort
        </label>
        <select id="f-sort" name="sort" defaultValue={filters.sort} className={small}>
          <option value="newest">Newest first</option>
          <option value="oldest">Oldest first</option>
          <option value="name">Name A-Z</option>
        </select>
      </div>
      <div className="flex items-end gap-2 sm:col-span-2 lg:col-span-3">
        <button type="submit" className={buttonClass()}>
          Apply
        </button>
        <a href="/desk" className={buttonClass("secondary")}>
          Reset
        </a>
      </div>
    </form>
  );
}
