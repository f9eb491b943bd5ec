/**
 * A finding an admin chose to accept, with why; kept in this browser per tenant and token subject (never
 * anything secret), until Disconnect. Another subject's token sees none of them (issue 29, item 6).
 */
export type Dismissal = { reason: string; at: number };
export type Dismissals = Record<string, Dismissal>;

const prefix = 'client-grants-dashboard:dismissed-findings:';
// A token without a subject gets a key of its own, shared with no named subject.
const keyFor = (domain: string, subject: string | undefined) =>
  `${prefix}${encodeURIComponent(domain)}:${subject === undefined ? '-' : `s:${encodeURIComponent(subject)}`}`;

function isDismissal(value: unknown): value is Dismissal {
  if (typeof value !== 'object' || value === null) return false;
  const { reason, at } = value as Record<string, unknown>;
  return typeof reason === 'string' && typeof at === 'number';
}

/** A corrupt or foreign entry is ignored, not trusted: the findings simply show again. */
export function loadDismissals(storage: Storage, domain: string, subject: string | undefined): Dismissals {
  try {
    const parsed: unknown = JSON.parse(storage.getItem(keyFor(domain, subject)) ?? '{}');
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return {};
    return Object.fromEntries(Object.entries(parsed).filter(([, value]) => isDismissal(value))) as Dismissals;
  } catch {
    return {};
  }
}

export function saveDismissals(
  storage: Storage,
  domain: string,
  subject: string | undefined,
  dismissals: Dismissals,
): void {
  try {
    // Finding ids (rule and grant id) and the admin's reason only: no token, no tenant data beyond ids.
    if (Object.keys(dismissals).length === 0) storage.removeItem(keyFor(domain, subject));
    else storage.setItem(keyFor(domain, subject), JSON.stringify(dismissals));
  } catch {
    // Storage full or disabled: the dismissal lasts for this page only.
  }
}

/** Disconnect: every subject's dismissals on every tenant go, older domain-only entries included. */
export function clearAllDismissals(storage: Storage): void {
  const keys = Array.from({ length: storage.length }, (_, i) => storage.key(i)).filter(
    (key): key is string => key?.startsWith(prefix) ?? false,
  );
  for (const key of keys) storage.removeItem(key);
}
