/**
 * The payment-provider interface and its one built-in implementation, the sandbox (issue 11, item 1). No real bank is
 * reachable from here, so the sandbox behaves like a payment processor's test mode, and says so on every answer:
 *   - a wire settles at once; an ACH transfer (and every payout) settles after a delay, through the job queue;
 *   - documented test amounts fail: 400.04 ("insufficient funds") and 400.05 ("account closed") in any currency
 *     (the minor units 40004 and 40005); an ACH funding or a payout fails when it would settle, a wire at once;
 *   - a payout account is verified by two micro-deposits; the sandbox always "sends" the documented test amounts
 *     0.32 and 0.45 (as Stripe's test mode does), so a test or a person trying the sandbox can confirm them. A real
 *     provider would pick random amounts; the server stores whatever the provider answers and compares with that.
 */
import { randomUUID } from "node:crypto";
import type { providerMethods } from "./contract";

type FundingMethod = (typeof providerMethods)[number];

export interface ProviderOutcome {
  /** `settled` now, `pending` until `settlesAfterMs` has passed, or `failed` now. */
  status: "settled" | "pending" | "failed";
  settlesAfterMs: number;
  /** When set, the transfer fails (now, or when it would have settled). */
  failureReason: string | null;
}

export interface FundingProvider {
  name: string;
  testMode: boolean;
  startFunding(input: { amount: number; method: FundingMethod }): ProviderOutcome;
  startPayout(input: { amount: number }): ProviderOutcome;
  /** Registers a bank account and sends its two micro-deposits (1..99 minor units each); the number stays there. */
  addBankAccount(input: { routingNumber: string; accountNumber: string }): {
    token: string;
    deposits: [number, number];
  };
  /** Asked when a pending transfer is due: null when it settles, else why it failed. */
  settle(input: { amount: number }): string | null;
}

export const sandboxFailures: Record<number, string> = {
  40004: "Insufficient funds (sandbox test amount 400.04)",
  40005: "Account closed (sandbox test amount 400.05)",
};

/** The sandbox's micro-deposits, always these two (documented, like a payment processor's test mode). */
export const sandboxDeposits: [number, number] = [32, 45];

export class SandboxFundingProvider implements FundingProvider {
  readonly name = "sandbox";
  readonly testMode = true;
  constructor(private readonly settleSeconds: number) {}

  startFunding({ amount, method }: { amount: number; method: FundingMethod }): ProviderOutcome {
    const failureReason = sandboxFailures[amount] ?? null;
    if (method === "wire") {
      return { status: failureReason ? "failed" : "settled", settlesAfterMs: 0, failureReason };
    }
    return { status: "pending", settlesAfterMs: this.settleSeconds * 1000, failureReason: null };
  }

  startPayout(): ProviderOutcome {
    return { status: "pending", settlesAfterMs: this.settleSeconds * 1000, failureReason: null };
  }

  addBankAccount(): { token: string; deposits: [number, number] } {
    return { token: `sandbox_ba_${randomUUID()}`, deposits: sandboxDeposits };
  }

  settle({ amount }: { amount: number }): string | null {
    return sandboxFailures[amount] ?? null;
  }
}

/** The provider in use: the sandbox, with ACH and payouts settling after WORKLANE_SANDBOX_SETTLE_SECONDS (60). */
export const provider: FundingProvider = new SandboxFundingProvider(
  Number(process.env.WORKLANE_SANDBOX_SETTLE_SECONDS ?? 60),
);

export const providerInfo = () => ({ name: provider.name, testMode: provider.testMode });
