declare namespace App {
	interface Locals {
		/** What the page shows beyond its body, from the route middleware (src/route-data.ts). */
		atlas: import('./lib/page-view').PageView & {
			walkthrough?: import('./lib/walkthrough-view').WalkthroughView;
			/** On the stack chooser's page only (src/lib/stack-chooser-view.ts). */
			chooser?: import('./lib/stack-chooser-view').ChooserView;
		};
	}
}
