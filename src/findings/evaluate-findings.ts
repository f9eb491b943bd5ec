import { findingsForGrant, sortFindings, type Finding, type RuleContext } from './rules';

export type EvaluateOptions = {
  signal?: AbortSignal;
  /** How long one slice may run before giving the page back (a frame is 16 ms). */
  sliceMs?: number;
  now?: () => number;
  yieldToMain?: () => Promise<void>;
};

const CHECK_EVERY = 256;
const defaultYield = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Runs every rule over every grant in slices of a few milliseconds, yielding between them, so a
 * 100,000-grant tenant is evaluated without freezing the page. Stops early when `signal` aborts.
 */
export async function evaluateFindings(ctx: RuleContext, options: EvaluateOptions = {}): Promise<Finding[]> {
  const { signal, sliceMs = 8, now = () => performance.now(), yieldToMain = defaultYield } = options;
  const findings: Finding[] = [];
  let sliceStart = now();
  let seen = 0;
  for (const grant of ctx.index.grants.values()) {
    findings.push(...findingsForGrant(ctx, grant));
    if (++seen % CHECK_EVERY !== 0 || now() - sliceStart < sliceMs) continue;
    await yieldToMain();
    signal?.throwIfAborted();
    sliceStart = now();
  }
  return sortFindings(findings);
}
