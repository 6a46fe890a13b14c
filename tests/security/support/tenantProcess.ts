import { spawn } from 'child_process';
import * as path from 'path';
import { actorFor, type Actor } from './securityTenant';

/** A tenant prepared for the security tests, running in a child process (see serveSecurityTenant.ts). */
export interface TenantProcess {
  url: string;
  groupId: string;
  as: (login: string) => Actor;
  stop: () => Promise<void>;
}

const ROOT = path.resolve(__dirname, '..', '..', '..');

/** Starts the child process and waits for its address; `stop` closes its stdin and waits for it to end. */
export function startTenantProcess(): Promise<TenantProcess> {
  const child = spawn(process.execPath, [path.join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), path.join(__dirname, 'serveSecurityTenant.ts')], {
    cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe']
  });
  const exited = new Promise<void>(resolve => child.once('exit', () => resolve()));
  let errors = '';
  child.stderr.on('data', (chunk: Buffer) => { errors += chunk.toString('utf8'); });
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const newline = output.indexOf('\n');
      if (newline < 0) return;
      const { url, groupId } = JSON.parse(output.slice(0, newline)) as { url: string; groupId: string };
      resolve({
        url, groupId, as: login => actorFor(url, groupId, login),
        stop: async () => {
          child.stdin.end();
          await exited;
        }
      });
    });
    child.once('exit', code => reject(new Error(`The tenant process ended (${String(code)}) before it started: ${errors}`)));
  });
}
