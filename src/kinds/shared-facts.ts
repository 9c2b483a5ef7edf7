import { fact, shortText, year } from '../schemas/fact';

/** Facts that every technology has. */
export const coreFacts = {
	firstRelease: fact(year).meta({ title: 'First release', description: 'Year of the first public release.' }),
	steward: fact(shortText).meta({
		title: 'Created by / steward',
		description: 'Who created it and who looks after it now.',
	}),
};

/** Facts of anything that ships as versioned, licensed software. */
export const softwareFacts = {
	...coreFacts,
	license: fact(shortText).meta({ title: 'Licence', description: 'The licence it is released under.' }),
	latestVersion: fact(shortText).meta({
		title: 'Latest stable version',
		description: 'The newest stable release on the day the source was checked; shown "as of" that day.',
		// Goes stale on its own: pages show it "as of" its source's date, and `npm run facts:check` lists it when old.
		volatile: true,
	}),
};
