import { spawn, type ChildProcess } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { localSp } from '../../workbench/client/localClients';
import { PEOPLE, SITES } from '../support/testTenant';

const root = path.resolve(__dirname, '..', '..');

interface Started {
  child: ChildProcess;
  url: string;
  output: string;
}

/** Runs `npm start`'s entry point as a newcomer would, on a free port, and waits for it to print its address. */
function start(dataDir: string): Promise<Started> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'workbench/start.ts'], {
      cwd: root, env: { ...process.env, PORT: '0', LOCAL_DATA_DIR: dataDir, LOCAL_LOG: '0' }, stdio: ['ignore', 'pipe', 'pipe']
    });
    let output = '';
    const onData = (chunk: Buffer): void => {
      output += chunk.toString();
      // Wait for the banner's last line: under load the pipe may deliver the banner in several chunks.
      const match = /Home:\s+(http:\/\/127\.0\.0\.1:\d+)\//.exec(output);
      if (match && output.includes('Sign in as anyone')) resolve({ child, url: match[1], output });
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.on('exit', code => reject(new Error(`npm start exited with ${code} before serving:\n${output}`)));
  });
}

function stop(child: ChildProcess): Promise<void> {
  return new Promise(resolve => {
    child.removeAllListeners('exit');
    child.on('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

describe('npm start', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'esafety-start-'));
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('seeds a new tenant on a copy with no data, serves it, and keeps earlier edits when started again', async () => {
    const first = await start(dataDir);
    try {
      expect(first.output).toContain('new tenant seeded');
      expect(first.output).toContain('/sites/oakfield-primary/_layouts/15/workbench.aspx');
      expect(fs.existsSync(path.join(dataDir, 'tenant.sqlite'))).toBe(true);
      const sp = localSp(first.url, SITES.oakfield, PEOPLE.oakfieldHead);
      await sp.web.lists.add('Kept Across Restarts');
      await sp.web.lists.getByTitle('Kept Across Restarts').items.add({ Title: 'Written before the restart' });
    } finally {
      await stop(first.child);
    }

    const second = await start(dataDir);
    try {
      expect(second.output).toContain('data kept');
      const items = await localSp(second.url, SITES.oakfield, PEOPLE.oakfieldDsl).web.lists.getByTitle('Kept Across Restarts').items.select('Title', 'Author/Title').expand('Author')<{ Title: string; Author: { Title: string } }[]>();
      expect(items.map(i => [i.Title, i.Author.Title])).toEqual([['Written before the restart', 'Helen Carter']]);
    } finally {
      await stop(second.child);
    }
  }, 90000);
});
