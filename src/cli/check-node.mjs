// Plain JavaScript on purpose: it must run, and explain itself, on an old system Node.

/** What to tell someone running `version` of Node, or undefined when it is new enough. */
export function nodeVersionProblem(version) {
  const [major, minor, patch] = version.replace(/^v/, '').split('.').map(Number);
  // Astro's own floor (its package.json "engines").
  if (major > 22 || (major === 22 && (minor > 23 || (minor === 23 && patch >= 4)))) return undefined;
  return [
    `This project needs Node.js 22.23.4 or newer, but this command ran on Node ${version}.`,
    'Fix: run `npm install` in the project folder. It installs Node 24 into node_modules (the "node"',
    'package) and every npm script (npm start, npm test, npm run build) then uses it automatically.',
    'If npm skipped install scripts, run `npm rebuild node` once. Or install Node 24 yourself.',
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const problem = nodeVersionProblem(process.versions.node);
  if (problem) {
    console.error(problem);
    process.exit(1);
  }
}
