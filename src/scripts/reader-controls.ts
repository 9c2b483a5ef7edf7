/** What the Footer override loads after the page: the progress controls, the self-check questions, and offline reading. */
import { enhanceProgress } from './progress-ui';
import { enhanceSelfChecks } from './self-check-ui';
import { enhanceOffline } from './offline-register';

export function enhanceReaderControls(): void {
	enhanceProgress();
	enhanceSelfChecks();
	enhanceOffline();
}
