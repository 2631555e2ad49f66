/** The whole-archive exports also written gzip-compressed beside themselves (`<file>.gz`, src/integrations/compress-exports.ts). */
export const COMPRESSED_EXPORTS = ['data/documents.json', 'data/items.json', 'data/items.csv', 'data/units.json'];
