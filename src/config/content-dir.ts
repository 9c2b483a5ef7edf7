/**
 * Where the pages live. ATLAS_CONTENT_DIR points a build at another folder, which the
 * benchmark (synthetic pages) and the tests (fixture pages) use.
 */
export const contentDir = process.env['ATLAS_CONTENT_DIR'] ?? './content/docs';
