import { z } from '../schema';
import { parseDomain } from './domain';
import { assessToken, decodeToken } from './token';

/** The connect form's rules: a domain we can talk to and a token that is a live JWT (warnings don't block). */
export function createConnectFormSchema(now: () => number = Date.now) {
  return z.object({ domain: z.string(), token: z.string(), stayConnected: z.boolean() }).check(
    z.superRefine((values, ctx) => {
      const domain = parseDomain(values.domain);
      if (!domain.ok) ctx.addIssue({ code: 'custom', path: ['domain'], message: domain.error });
      if (!values.token.trim()) {
        ctx.addIssue({ code: 'custom', path: ['token'], message: 'Paste a Management API token.' });
        return;
      }
      const decoded = decodeToken(values.token);
      if (!decoded.ok) {
        ctx.addIssue({ code: 'custom', path: ['token'], message: decoded.error });
        return;
      }
      const [error] = assessToken(decoded.token, domain.ok ? domain.domain : '', now()).errors;
      if (error) ctx.addIssue({ code: 'custom', path: ['token'], message: error });
    }),
  );
}

export type ConnectFormValues = z.infer<ReturnType<typeof createConnectFormSchema>>;

