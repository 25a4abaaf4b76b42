// Plain JavaScript on purpose: it must run, and explain itself, on an old system Node.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  console.error(
    [
      `This project needs Node.js 22.12 or newer, but this command ran on Node ${process.versions.node}.`,
      'Fix: run `npm install` in the project folder. It installs Node 24 into node_modules (the "node"',
      'package) and every npm script (npm start, npm test, npm run build) then uses it automatically.',
      'If npm skipped install scripts, run `npm rebuild node` once. Or install Node 24 yourself.',
    ].join('\n'),
  );
  process.exit(1);
}
