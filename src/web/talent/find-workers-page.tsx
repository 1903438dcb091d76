import { type FormEvent, useState } from "react";
import { Button } from "../ui/button";
import { Field } from "../ui/field";
import { Loading } from "../ui/loading";
import { PageHeader } from "../ui/page-header";
import { ProblemAlert } from "../ui/problem-alert";
import { Section } from "../ui/section";
import { TextInput } from "../ui/text-input";
import { InviteToAssignmentDialog } from "./invite-to-assignment";
import { useWorkerSearch, type WorkerSearch } from "./matching-queries";
import { SearchFilterFields } from "./search-filter-fields";
import { WorkerHitLine } from "./worker-hit";

/** /workers/find for company members: search workers by skills, place and radius (a list, no map). */
export function FindWorkersPage() {
  const [form, setForm] = useState<WorkerSearch>({
    skills: "",
    near: "",
    radiusMiles: 60,
    q: "",
    credentialKind: "",
    credentialName: "",
    poolId: "",
    maxRate: null,
  });
  const [asked, setAsked] = useState<WorkerSearch | null>(null);
  const results = useWorkerSearch(asked);
  const [inviting, setInviting] = useState<{ id: string; name: string } | null>(null);
  function onSubmit(event: FormEvent) {
    event.preventDefault();
    setAsked({ ...form });
  }
  const field = (key: "skills" | "near" | "q" | "credentialName", label: string, hint?: string) => (
    <Field label={label} hint={hint} isOptional>
      {(control) => (
        <TextInput
          {...control}
          value={form[key]}
          onChange={(event) => setForm({ ...form, [key]: event.target.value })}
        />
      )}
    </Field>
  );
  return (
    <>
      <PageHeader
        eyebrow="Company"
        title="Find workers"
        lead="Workers by skills within a radius of a city, nearest first, with their scorecard figures; narrow by a verified credential, one of your talent pools or the hourly rate. Invite one to a draft or sent assignment here, or several from an assignment's Matches section."
      />
      <Section title="Search">
        <form className="form" onSubmit={onSubmit} aria-label="Find workers">
          {field("skills", "Skills", "Comma-separated; every one is required, case ignored.")}
          {field("near", "Near (city)", "For example Austin, TX.")}
          <Field label="Radius (miles, at most 100)">
            {(control) => (
              <TextInput
                {...control}
                type="number"
                value={String(form.radiusMiles)}
                onChange={(event) => setForm({ ...form, radiusMiles: Number(event.target.value) })}
              />
            )}
          </Field>
          {field("q", "Name or headline")}
          <SearchFilterFields form={form} onChange={setForm} />
          {form.credentialKind
            ? field("credentialName", "Credential name", "For example Electrician; any name when empty.")
            : null}
          <Button type="submit" variant="primary">
            Search
          </Button>
        </form>
      </Section>
      {asked ? (
        <Section title="Workers">
          {results.isPending ? (
            <Loading />
          ) : results.isError ? (
            <ProblemAlert error={results.error} onRetry={() => void results.refetch()} />
          ) : results.data.items.length === 0 ? (
            <p>No worker matches this search.</p>
          ) : (
            <ol className="stack" aria-label="Search results">
              {results.data.items.map((hit) => (
                <li key={hit.id}>
                  <WorkerHitLine hit={hit} />
                  <br />
                  <Button size="small" onClick={() => setInviting({ id: hit.id, name: hit.name })}>
                    Invite {hit.name} to an assignment
                  </Button>
                </li>
              ))}
            </ol>
          )}
        </Section>
      ) : null}
      <InviteToAssignmentDialog worker={inviting} onClose={() => setInviting(null)} />
    </>
  );
}
