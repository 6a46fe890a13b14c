import { spawn, type ChildProcess } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const root = path.resolve(__dirname, '..');

/** A local server in its own process (so the load generator does not share its event loop). */
export interface ServerProcess {
  url: string;
  dataDir: string;
  stop(): Promise<void>;
}

/** Starts `workbench/start.ts` (what `npm start` runs) on a free port with a fresh data folder and waits until it serves. */
export function startServerProcess(extraEnv: Record<string, string> = {}): Promise<ServerProcess> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'esafety-bench-'));
  return new Promise((resolve, reject) => {
    const child: ChildProcess = spawn(process.execPath, [path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'workbench/start.ts'], {
      cwd: root, env: { ...process.env, PORT: '0', LOCAL_DATA_DIR: dataDir, LOCAL_LOG: '0', ...extraEnv }, stdio: ['ignore', 'pipe', 'pipe']
    });
    let output = '';
    const onData = (chunk: Buffer): void => {
      output += chunk.toString();
      const match = /Home:\s+(http:\/\/127\.0\.0\.1:\d+)\//.exec(output);
      if (match) {
        resolve({
          url: match[1], dataDir,
          stop: () => new Promise(done => {
            child.removeAllListeners('exit');
            child.on('exit', () => {
              fs.rmSync(dataDir, { recursive: true, force: true });
              done();
            });
            child.kill('SIGTERM');
          })
        });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.on('exit', code => reject(new Error(`The local server exited with ${code}:\n${output}`)));
  });
}
