import { type FormEvent, useState } from "react";
import { Button } from "../ui/button";
import { Field } from "../ui/field";
import { TextInput } from "../ui/text-input";

interface InviteTopProps {
  /** The listed workers who meet every requirement and hold no invitation yet, best first. */
  candidates: readonly string[];
  onInvite: (workerIds: string[]) => void;
}

/** "Invite the top N": the first N of the ranking who could be invited, handed to the send dialog to confirm. */
export function InviteTop({ candidates, onInvite }: InviteTopProps) {
  const [count, setCount] = useState(String(Math.min(5, candidates.length)));
  const [error, setError] = useState<string | undefined>();
  const n = Number(count);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!Number.isInteger(n) || n < 1 || n > candidates.length) {
      setError(`Give a whole number from 1 to ${candidates.length}.`);
      return;
    }
    setError(undefined);
    onInvite(candidates.slice(0, n));
  };
  const valid = Number.isInteger(n) && n >= 1;
  return (
    <form className="form form--inline" onSubmit={onSubmit} aria-label="Invite the top matches">
      <Field
        label="How many to invite"
        hint={`The first who meet every requirement and hold no invitation yet (${candidates.length} listed).`}
        error={error}
      >
        {(control) => (
          <TextInput
            {...control}
            type="number"
            inputMode="numeric"
            min={1}
            max={candidates.length}
            value={count}
            onChange={(e) => setCount(e.target.value)}
          />
        )}
      </Field>
      <Button type="submit" variant="primary">
        {valid ? `Invite the top ${n}` : "Invite the top matches"}
      </Button>
    </form>
  );
}
