import { BankService } from '../../src/services/bank/BankService';
import { buildStarterPack, STARTER_PACK_VERSION } from '../../src/content/starterPack';
import { localSp } from '../client/localClients';

/** The officer who owns the seeded bank site. */
export const SEED_OFFICER = 'priya.shah@northshire.example';
export const BANK_SITE = '/sites/esafety-bank';

/**
 * Sets the product up on a new local tenant the way an officer would in a tenant: through the product's own
 * services over HTTP (the server itself knows nothing of banks or policies). Creates the bank's lists, imports
 * the starter pack and publishes it. Does nothing when the bank already has its lists.
 */
export async function seedProduct(serverUrl: string, log: (line: string) => void = () => undefined): Promise<boolean> {
  const bank = new BankService(localSp(serverUrl, BANK_SITE, SEED_OFFICER), `${serverUrl}${BANK_SITE}`);
  const access = await bank.access();
  if (access.missingLists.length === 0) return false;
  log('Setting up the bank site and importing the starter bank…');
  await bank.provision();
  await bank.load();
  const result = await bank.importPack(buildStarterPack(), { publishAs: { label: STARTER_PACK_VERSION, notes: 'The starter bank: 16 policy sections, 7 acceptable use agreements, letters, a risk assessment, the incident flowchart and posters.' } });
  log(`Published the starter bank as release ${result.release?.label ?? '?'} (${result.written} items).`);
  return true;
}
