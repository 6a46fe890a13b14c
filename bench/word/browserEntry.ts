import { timeWordBuild } from './timeWordBuild';

/** The browser side of the Word benchmark: the page calls this once the bundle has loaded. */
(globalThis as unknown as { benchWord: typeof timeWordBuild }).benchWord = timeWordBuild;
