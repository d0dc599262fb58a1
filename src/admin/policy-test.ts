// `POST /policy/test` (operator): what a policy does to a message, as `phiwall scan --json` prints it. Runs
// against the running gateway's compiled policies with a throwaway vault, so a test never issues real tokens.
import { z } from 'zod';
import { scanTexts, type ScanResult } from '../cli/scan.js';
import { HttpError, parseBody } from './http.js';
import type { AdminGateway } from './views.js';

export const policyTestBody = z.strictObject({
  text: z.string().max(10_000),
  policy: z.string().min(1).max(64).default('strict'),
});

export async function policyTest(gw: AdminGateway, body: unknown): Promise<ScanResult> {
  const { text, policy: name } = parseBody(policyTestBody, body);
  const policy = gw.inspector.compiled(name);
  if (!policy) throw new HttpError(400, 'unknown policy', { known: gw.inspector.policyNames() });
  const [result] = await scanTexts([text], policy, gw.config.tokenize as Record<string, unknown> | undefined);
  return result!;
}
