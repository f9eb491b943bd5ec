import {
  createPrivateKey,
  createPublicKey,
  generateKeyPair,
  randomBytes,
  sign,
  verify,
  type KeyObject,
} from 'node:crypto';
import { unauthorized } from './errors.ts';

// RS256 JWTs like Auth0's Management API tokens, with node:crypto only.

export type SigningKey = { kid: string; privateKey: KeyObject; publicKey: KeyObject; privateKeyPem: string };

export type TokenClaims = {
  iss: string;
  sub: string;
  aud: string | string[];
  iat: number;
  exp: number;
  scope: string;
  gty: 'client-credentials';
  azp: string;
  /** Token id; the tenant's `sapi` log events name it in details.request.auth.credentials. */
  jti?: string;
  /** Tokens issued for an organization (client credentials with `organization`). */
  org_id?: string;
  org_name?: string;
};

/** Who called: the app (azp, else sub without @clients), the token id and its scopes. */
export type Caller = { clientId: string | undefined; jti: string | undefined; scopes: Set<string> };

export function loadSigningKey(kid: string, privateKeyPem: string): SigningKey {
  const privateKey = createPrivateKey(privateKeyPem);
  return { kid, privateKey, publicKey: createPublicKey(privateKey), privateKeyPem };
}

export function createSigningKey(): Promise<SigningKey> {
  return new Promise((resolve, reject) => {
    generateKeyPair('rsa', { modulusLength: 2048 }, (error, publicKey, privateKey) => {
      if (error) return reject(error);
      const privateKeyPem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
      resolve({ kid: randomBytes(16).toString('base64url'), privateKey, publicKey, privateKeyPem });
    });
  });
}

const encode = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64url');

export function signToken(key: SigningKey, claims: TokenClaims): string {
  const head = `${encode({ alg: 'RS256', typ: 'JWT', kid: key.kid })}.${encode(claims)}`;
  return `${head}.${sign('sha256', Buffer.from(head), key.privateKey).toString('base64url')}`;
}

export function jwks(key: SigningKey): { keys: Record<string, unknown>[] } {
  return { keys: [{ ...key.publicKey.export({ format: 'jwk' }), kid: key.kid, use: 'sig', alg: 'RS256' }] };
}

function decodePart(part: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Checks a request's Authorization header in Auth0's order and with Auth0's messages:
 * missing → bad format → not a JWT → bad signature → expired → wrong audience. Returns the caller.
 */
export function authenticate(
  header: string | undefined,
  key: SigningKey,
  audience: string,
  now = Date.now(),
): Caller {
  if (header === undefined || header === '')
    throw unauthorized('Missing authentication', 'missing_authentication');
  const match = /^Bearer +([^ ]+)$/i.exec(header);
  const token = match?.[1];
  if (token === undefined) throw unauthorized('Bad HTTP authentication header format');
  const parts = token.split('.');
  const [headerPart, payloadPart, signaturePart] = parts;
  if (
    parts.length !== 3 ||
    headerPart === undefined ||
    payloadPart === undefined ||
    signaturePart === undefined
  ) {
    throw unauthorized('Invalid token');
  }
  const head = decodePart(headerPart);
  const claims = decodePart(payloadPart);
  if (!head || !claims) throw unauthorized('Invalid token');
  const signed = Buffer.from(`${headerPart}.${payloadPart}`);
  const valid =
    head.alg === 'RS256' && verify('sha256', signed, key.publicKey, Buffer.from(signaturePart, 'base64url'));
  if (!valid) throw unauthorized('Invalid signature received for JSON Web Token validation');
  if (typeof claims.exp !== 'number' || claims.exp * 1000 <= now) {
    throw unauthorized('Expired token received for JSON Web Token validation');
  }
  const aud = claims.aud;
  const audiences = Array.isArray(aud) ? aud : [aud];
  if (!audiences.includes(audience)) {
    throw unauthorized(`Bad audience: ${audiences.map(String).join(' ')}`);
  }
  const sub = typeof claims.sub === 'string' ? claims.sub.replace(/@clients$/, '') : undefined;
  return {
    clientId: typeof claims.azp === 'string' ? claims.azp : sub,
    jti: typeof claims.jti === 'string' ? claims.jti : undefined,
    scopes: new Set(typeof claims.scope === 'string' ? claims.scope.split(' ').filter(Boolean) : []),
  };
}
