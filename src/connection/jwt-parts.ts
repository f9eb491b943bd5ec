// Reading a JWT's parts without any schema library: the entry (boot/early-first-page.ts) needs a
// token's expiry before the app's code has loaded, and zod would triple the entry's size and run time.

const BASE64URL = /^[A-Za-z0-9_-]*={0,2}$/;

function decodeBase64Url(part: string): string | undefined {
  if (!BASE64URL.test(part)) return undefined;
  const unpadded = part.replace(/=+$/, '');
  if (unpadded.length === 0 || unpadded.length % 4 === 1) return undefined;
  const base64 = unpadded.replace(/-/g, '+').replace(/_/g, '/');
  const padded = base64 + '='.repeat((4 - (base64.length % 4)) % 4);
  try {
    const bytes = Uint8Array.from(atob(padded), (char) => char.charCodeAt(0));
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

export function decodeJsonPart(
  part: string,
  name: 'header' | 'payload',
): { ok: true; value: Record<string, unknown> } | { ok: false; error: string } {
  const text = decodeBase64Url(part);
  if (text === undefined) return { ok: false, error: `The token's ${name} is not valid base64url.` };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, error: `The token's ${name} is not valid JSON.` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, error: `The token's ${name} is not a JSON object.` };
  }
  return { ok: true, value: value as Record<string, unknown> };
}

/** The `exp` claim in epoch milliseconds, or undefined when the token cannot be read or has none. */
export function tokenExpiresAt(token: string): number | undefined {
  const payloadPart = token.split('.')[1];
  const payload = payloadPart === undefined ? undefined : decodeJsonPart(payloadPart, 'payload');
  const exp = payload?.ok ? payload.value.exp : undefined;
  return typeof exp === 'number' ? exp * 1000 : undefined;
}
