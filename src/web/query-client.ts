import { MutationCache, QueryCache, QueryClient } from "@tanstack/react-query";
import { isProblem, ProblemError } from "./api";

/** A 4xx will answer the same way again; only network trouble and 5xx are worth another try. */
function shouldRetry(failureCount: number, error: unknown): boolean {
  if (error instanceof ProblemError && error.status >= 400 && error.status < 500) {
    return false;
  }
  return failureCount < 2;
}

export function createQueryClient(): QueryClient {
  const client: QueryClient = new QueryClient({
    defaultOptions: {
      queries: { retry: shouldRetry, refetchOnWindowFocus: false, staleTime: 15_000 },
      mutations: { retry: false },
    },
    // A session that ends while the app is open (expiry, logout in another tab) shows up as a 401 on any
    // request: re-reading /me lets the session guard send the person to the login page.
    queryCache: new QueryCache({ onError: (error) => onSessionProblem(error) }),
    mutationCache: new MutationCache({ onError: (error) => onSessionProblem(error) }),
  });
  const onSessionProblem = (error: unknown) => {
    if (isProblem(error, "unauthenticated")) {
      void client.invalidateQueries({ queryKey: ["me"] });
    }
    // A new policy version was published meanwhile: re-reading the overview lets the guard send them to /policies.
    if (isProblem(error, "policy_acceptance_required")) {
      void client.invalidateQueries({ queryKey: ["policies", "overview"] });
    }
  };
  return client;
}
