/** The worker thread of keyPagesInParallel (parts.ts): the keys of the pages it is given. */
import { parentPort, workerData } from 'node:worker_threads';
import { keyPages } from './parts.ts';

const { root, files, code } = workerData as { root: string; files: string[]; code: string };
parentPort!.postMessage(keyPages(root, files, code));
