import chromium from '@sparticuz/chromium';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';

export interface LighthouseResult {
	page: string;
	version: string;
	performance: number;
	accessibility: number;
	bestPractices: number;
	seo: number;
	/** Largest Contentful Paint, ms. */
	lcp: number;
	/** Total Blocking Time, ms. */
	tbt: number;
	/** Cumulative Layout Shift. */
	cls: number;
	/** Audits that lost points, by category, for the report. */
	missed: string[];
}

/** The part of a Lighthouse report category the summary reads. */
interface LighthouseCategory {
	id: string;
	auditRefs: Array<{ id: string; weight: number }>;
}

/** Lighthouse with its default (mobile) settings, in the same headless Chromium the tests use. */
export async function lighthouseScores(site: string, paths: readonly string[]): Promise<LighthouseResult[]> {
	const chrome = await launch({
		chromePath: await chromium.executablePath(),
		chromeFlags: [
			'--headless=new',
			'--no-sandbox',
			'--disable-gpu',
			'--disable-background-networking',
			'--disable-component-update',
			'--no-first-run',
		],
	});
	const results: LighthouseResult[] = [];
	try {
		for (const path of paths) {
			const runner = await lighthouse(new URL(path, site).href, {
				port: chrome.port,
				output: 'json',
				logLevel: 'error',
				onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
			});
			const lhr = runner?.lhr;
			if (!lhr) throw new Error(`Lighthouse returned nothing for ${path}`);
			const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
			const audit = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
			results.push({
				page: path,
				version: lhr.lighthouseVersion,
				performance: score('performance'),
				accessibility: score('accessibility'),
				bestPractices: score('best-practices'),
				seo: score('seo'),
				lcp: audit('largest-contentful-paint'),
				tbt: audit('total-blocking-time'),
				cls: audit('cumulative-layout-shift'),
				missed: (Object.values(lhr.categories) as LighthouseCategory[]).flatMap((category) =>
					category.auditRefs
						.filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
						.map((ref) => `${category.id}: ${lhr.audits[ref.id]?.title ?? ref.id}`),
				),
			});
		}
	} finally {
		chrome.kill();
	}
	return results;
}
