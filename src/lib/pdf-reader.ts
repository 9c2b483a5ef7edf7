import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/*
 * Reads back a PDF that Chromium printed, with Mozilla's PDF.js: how many pages it has and on
 * which page each named destination (an element id that a link in the document points at) lands.
 * The whole-guide PDF step uses it to put page numbers in its table of contents; the tests use it
 * to check the PDF they find in dist/.
 */

type PdfDocument = Awaited<ReturnType<typeof getDocument>['promise']>;

export async function openPdf(bytes: Uint8Array): Promise<PdfDocument> {
	// PDF.js takes ownership of the buffer it is given, so it gets a copy.
	return getDocument({ data: new Uint8Array(bytes), verbosity: 0 }).promise;
}

/** The 1-based page on which each of `ids` (named destinations) lands; fails naming any id the PDF lacks. */
export async function destinationPages(pdf: PdfDocument, ids: readonly string[]): Promise<Map<string, number>> {
	const pages = new Map<string, number>();
	const missing: string[] = [];
	for (const id of ids) {
		const destination = await pdf.getDestination(id);
		const ref = destination?.[0];
		if (!ref || typeof ref !== 'object') missing.push(id);
		else pages.set(id, (await pdf.getPageIndex(ref)) + 1);
	}
	if (missing.length > 0) throw new Error(`The PDF has no destination for: ${missing.join(', ')}`);
	return pages;
}
