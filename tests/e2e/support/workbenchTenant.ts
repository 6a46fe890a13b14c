import * as path from 'path';
import { buildWorkbench } from '../../../scripts/buildWorkbench';
import { startTestTenant, type TestTenant } from '../../support/testTenant';

let built: Promise<number> | undefined;

/** A throw-away tenant serving a freshly built workbench (the bundle is built once per test run). */
export async function startWorkbenchTenant(): Promise<TestTenant> {
  built ??= buildWorkbench();
  await built;
  return startTestTenant({ workbenchDir: path.resolve(__dirname, '../../../workbench/dist') });
}

/** The workbench page of a site. */
export function workbenchUrl(tenant: TestTenant, site: string, query = ''): string {
  return `${tenant.url}${site}/_layouts/15/workbench.aspx${query}`;
}
