/**
 * Runs one `astro build` in this process and prints its wall time and this process's peak
 * memory as JSON on the last line. Used by the benchmark, one child process per build.
 *   node scripts/lib/measured-build.ts <root> <outDir>
 * The content folder comes from ATLAS_CONTENT_DIR, as for any build.
 */
import { build } from 'astro';

const [root = '.', outDir = 'dist'] = process.argv.slice(2);
const started = performance.now();
await build({ root, outDir, logLevel: 'error' });
const ms = performance.now() - started;
console.log(JSON.stringify({ ms, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
