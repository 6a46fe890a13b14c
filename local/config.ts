import * as path from 'path';
import { NO_FAULTS, parseFaultSpec, type FaultConfig } from './server/http/faults';

/** The project's root folder (this file lives in `local/`). */
export const PROJECT_ROOT = path.resolve(__dirname, '..');

/** Settings of the local Microsoft 365, with committed defaults and environment overrides. */
export interface LocalConfig {
  /** `PORT`, default 4321. */
  port: number;
  /** Always loopback: the identity header is trusted only there. */
  host: string;
  /** `LOCAL_DATA_DIR`, default `.local/` in the project. */
  dataDir: string;
  /** `LOCAL_LOG=0` silences the one-line request log. */
  log: boolean;
  /** `LOCAL_FAULTS`, e.g. `rate=0.1;kinds=429,503,drop;retryAfter=1`. */
  faults: FaultConfig;
  /** Where the built workbench is. */
  workbenchDir: string;
}

/** Reads the configuration from the environment, failing with a clear message on a bad value. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): LocalConfig {
  const port = env.PORT === undefined || env.PORT === '' ? 4321 : Number(env.PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a whole number from 0 to 65535; got '${env.PORT}'.`);
  let faults = NO_FAULTS;
  if (env.LOCAL_FAULTS) {
    try {
      faults = parseFaultSpec(env.LOCAL_FAULTS);
    } catch (error) {
      throw new Error(`LOCAL_FAULTS is not valid: ${(error as Error).message}`);
    }
  }
  return {
    port,
    host: '127.0.0.1',
    dataDir: path.resolve(PROJECT_ROOT, env.LOCAL_DATA_DIR ?? '.local'),
    log: env.LOCAL_LOG !== '0',
    faults,
    workbenchDir: path.join(PROJECT_ROOT, 'workbench', 'dist')
  };
}
