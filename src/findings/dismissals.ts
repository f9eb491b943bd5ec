/** A finding an admin chose to accept, with why; kept per tenant in this browser (never anything secret). */
export type Dismissal = { reason: string; at: number };
export type Dismissals = Record<string, Dismissal>;

const keyFor = (domain: string) => `client-grants-dashboard:dismissed-findings:${domain}`;

function isDismissal(value: unknown): value is Dismissal {
  if (typeof value !== 'object' || value === null) return false;
  const { reason, at } = value as Record<string, unknown>;
  return typeof reason === 'string' && typeof at === 'number';
}

/** A corrupt or foreign entry is ignored, not trusted: the findings simply show again. */
export function loadDismissals(storage: Storage, domain: string): Dismissals {
  try {
    const parsed: unknown = JSON.parse(storage.getItem(keyFor(domain)) ?? '{}');
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return {};
    return Object.fromEntries(Object.entries(parsed).filter(([, value]) => isDismissal(value))) as Dismissals;
  } catch {
    return {};
  }
}

export function saveDismissals(storage: Storage, domain: string, dismissals: Dismissals): void {
  try {
    // Finding ids (rule and grant id) and the admin's reason only: no token, no tenant data beyond ids.
    if (Object.keys(dismissals).length === 0) storage.removeItem(keyFor(domain));
    else storage.setItem(keyFor(domain), JSON.stringify(dismissals));
  } catch {
    // Storage full or disabled: the dismissal lasts for this page only.
  }
}
