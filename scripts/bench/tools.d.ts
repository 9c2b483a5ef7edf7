// The benchmark's own tools are installed into scripts/bench/ by `npm run bench`, not by
// `npm install`, so a type check of the project must not depend on them being there.
declare module 'lighthouse';
declare module 'chrome-launcher';
