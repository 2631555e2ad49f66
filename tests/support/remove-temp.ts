/** A setup file of every test project: the scratch folders a test file made (temp.ts) go when it ends. */
import { afterAll } from 'vitest';
import { removeTempDirs } from './temp.ts';

afterAll(removeTempDirs);
