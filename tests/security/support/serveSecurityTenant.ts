/**
 * Runs a tenant prepared for the security tests in a process of its own, for component tests in jsdom (whose
 * window cannot host the server): prints `{"url","groupId"}` on one line, and stops when its stdin closes.
 */
import { startTestTenant } from '../../support/testTenant';
import { prepareSecurityTenant } from './securityTenant';

async function main(): Promise<void> {
  const tenant = await startTestTenant();
  const groupId = await prepareSecurityTenant(tenant);
  process.stdout.write(`${JSON.stringify({ url: tenant.url, groupId })}\n`);
  const stop = (): void => {
    tenant.close().then(() => process.exit(0), () => process.exit(1));
  };
  process.stdin.on('end', stop);
  process.stdin.on('close', stop);
  process.stdin.resume();
}

main().catch((error: Error) => {
  process.stderr.write(`The security test tenant could not start: ${error.message}\n`);
  process.exit(1);
});
