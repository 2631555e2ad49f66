/**
 * Astro integration: write a gzip copy of each whole-archive export beside it (data/items.json →
 * data/items.json.gz, listed in data/index.json), for those who want the whole set in one
 * download. One streamed job per file, all at once: zlib runs them on its thread pool.
 */
import type { AstroIntegration } from 'astro';
import { createReadStream, createWriteStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { createGzip, constants } from 'node:zlib';
import { COMPRESSED_EXPORTS } from '../lib/compressed-exports.ts';

export default function compressExports(): AstroIntegration {
  return {
    name: 'gongbao-compress-exports',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = Date.now();
        await Promise.all(
          COMPRESSED_EXPORTS.map((file) =>
            pipeline(
              createReadStream(new URL(file, dir)),
              createGzip({ level: constants.Z_BEST_COMPRESSION }),
              createWriteStream(new URL(`${file}.gz`, dir)),
            ),
          ),
        );
        logger.info(`${COMPRESSED_EXPORTS.length} exports compressed in ${Date.now() - started} ms`);
      },
    },
  };
}
