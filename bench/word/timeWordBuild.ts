import { buildDocument } from '../../src/domain/document/buildDocument';
import { renderDocx } from '../../src/services/word/renderDocx';
import { policyOf300, publishedContext } from './policy300';

/** Times of building the 300-block policy (document model, then docx packing), in milliseconds per run. */
export interface WordBuildTimes {
  runs: number[];
  bytes: number;
  blocks: number;
}

/** Builds the policy `warmups + runs` times, timing the last `runs`; the same code runs in Node and in Chromium. */
export async function timeWordBuild(runs: number, warmups = 2): Promise<WordBuildTimes> {
  const snapshot = policyOf300();
  const context = publishedContext();
  const times: number[] = [];
  let bytes = 0;
  for (let i = 0; i < warmups + runs; i++) {
    const started = performance.now();
    const file = await renderDocx(buildDocument(snapshot, context));
    const elapsed = performance.now() - started;
    bytes = file.byteLength;
    if (i >= warmups) times.push(elapsed);
  }
  return { runs: times, bytes, blocks: snapshot.blocks.length };
}
