import { useState } from "react";
import { problemSummary } from "../ui/form";

/**
 * The busy flag and the refusal message of a dialog that calls the server: `run` closes the dialog on success and
 * keeps it open with the server's reason (e.g. "Another worker accepted this assignment first.") on failure.
 */
export function useDialogAction(onDone: () => void) {
  const [problem, setProblem] = useState<string | null>(null);
  const [isBusy, setIsBusy] = useState(false);
  const run = async (action: () => Promise<unknown>) => {
    setIsBusy(true);
    setProblem(null);
    try {
      await action();
      onDone();
    } catch (failure) {
      setProblem(problemSummary(failure, false));
    } finally {
      setIsBusy(false);
    }
  };
  return { problem, isBusy, run, clear: () => setProblem(null) };
}
