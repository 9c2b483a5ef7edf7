/** What the Footer override loads after the page: the progress controls and the self-check questions. */
import { enhanceProgress } from './progress-ui';
import { enhanceSelfChecks } from './self-check-ui';

export function enhanceReaderControls(): void {
	enhanceProgress();
	enhanceSelfChecks();
}
